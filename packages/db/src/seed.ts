import { createHash } from 'node:crypto';
import {
  type KnowledgeBase,
  loadKnowledgeBase,
  normalizeName,
  type PartialDate,
  toDate,
} from '@attest/knowledge';
import type { Prisma, PrismaClient } from './generated/prisma/client.ts';

const META_KEY = 'knowledge-base';

interface SeedRecord {
  hash: string;
  ids: { sources: string[]; predicates: string[]; actors: string[]; claims: string[] };
}

export interface SeedResult {
  /** False when the database already held exactly this knowledge base. */
  changed: boolean;
  counts: { sources: number; actors: number; claims: number; evidence: number; disputes: number };
}

const dateFields = (d: PartialDate | null) => ({
  at: d ? toDate(d) : null,
  precision: d?.precision ?? null,
});

/** A fingerprint of the knowledge base: seeding skips work when it is already loaded. */
export function hashKnowledgeBase(kb: KnowledgeBase): string {
  return createHash('sha256').update(JSON.stringify(kb)).digest('hex');
}

/**
 * Loads a verified knowledge base into the database in one transaction: everything or nothing.
 * Entities are upserted by their curated ids, so seeding twice gives the same database, and
 * entities a previous seed wrote but the files no longer hold are removed. Rows that users
 * added (other ids) are left alone.
 */
export async function seedKnowledgeBase(
  prisma: PrismaClient,
  kb: KnowledgeBase = loadKnowledgeBase(),
  { force = false }: { force?: boolean } = {},
): Promise<SeedResult> {
  const counts = {
    sources: kb.sources.length,
    actors: kb.actors.length,
    claims: kb.claims.length,
    evidence: kb.claims.reduce((n, c) => n + c.evidence.length, 0),
    disputes: kb.disputes.length,
  };
  const hash = hashKnowledgeBase(kb);
  const previous = await readSeedRecord(prisma);
  if (!force && previous?.hash === hash) return { changed: false, counts };

  const ids = {
    sources: kb.sources.map((s) => s.id),
    predicates: kb.predicates.map((p) => p.id),
    actors: kb.actors.map((a) => a.id),
    claims: kb.claims.map((c) => c.id),
  };
  await prisma.$transaction(
    async (tx) => {
      await removeStale(tx, previous, ids);
      await writeKnowledgeBase(tx, kb, ids);
      const record: SeedRecord = { hash, ids };
      const value = JSON.stringify(record);
      await tx.meta.upsert({
        where: { key: META_KEY },
        create: { key: META_KEY, value },
        update: { value },
      });
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  return { changed: true, counts };
}

async function readSeedRecord(prisma: PrismaClient): Promise<SeedRecord | null> {
  const row = await prisma.meta.findUnique({ where: { key: META_KEY } });
  return row ? (JSON.parse(row.value) as SeedRecord) : null;
}

async function removeStale(
  tx: Prisma.TransactionClient,
  previous: SeedRecord | null,
  ids: SeedRecord['ids'],
) {
  if (!previous) return;
  const stale = (before: string[], now: string[]) => {
    const keep = new Set(now);
    return before.filter((id) => !keep.has(id));
  };
  await tx.claim.deleteMany({ where: { id: { in: stale(previous.ids.claims, ids.claims) } } });
  await tx.actor.deleteMany({ where: { id: { in: stale(previous.ids.actors, ids.actors) } } });
  await tx.source.deleteMany({ where: { id: { in: stale(previous.ids.sources, ids.sources) } } });
  await tx.predicate.deleteMany({
    where: { id: { in: stale(previous.ids.predicates, ids.predicates) } },
  });
}

async function writeKnowledgeBase(
  tx: Prisma.TransactionClient,
  kb: KnowledgeBase,
  ids: SeedRecord['ids'],
) {
  for (const p of kb.predicates) {
    const data = {
      label: p.label,
      description: p.description,
      object: p.object,
      relation: p.relation,
      statementTemplate: p.phrasing?.statement ?? null,
      askSubjectTemplate: p.phrasing?.askSubject ?? null,
      askObjectTemplate: p.phrasing?.askObject ?? null,
    };
    await tx.predicate.upsert({ where: { id: p.id }, create: { id: p.id, ...data }, update: data });
  }

  for (const s of kb.sources) {
    const published = dateFields(s.published);
    const data = {
      title: s.title,
      publisher: s.publisher,
      publisherBasis: s.publisherBasis,
      url: s.url,
      publishedAt: published.at,
      publishedPrecision: published.precision,
      genre: s.genre,
      text: s.text,
      contentHash: s.contentHash,
      fileName: s.fileName,
    };
    await tx.source.upsert({ where: { id: s.id }, create: { id: s.id, ...data }, update: data });
  }
  await tx.noiseRegion.deleteMany({ where: { sourceId: { in: ids.sources } } });
  await tx.noiseRegion.createMany({
    data: kb.sources.flatMap((s) => s.noise.map((n) => ({ sourceId: s.id, ...n }))),
  });

  for (const a of kb.actors) {
    const data = { name: a.name, kind: a.kind, description: a.description };
    await tx.actor.upsert({ where: { id: a.id }, create: { id: a.id, ...data }, update: data });
  }
  await tx.actorAlias.deleteMany({ where: { actorId: { in: ids.actors } } });
  await tx.actorAlias.createMany({
    data: kb.actors.flatMap((a) =>
      a.aliases.map((alias) => ({
        actorId: a.id,
        ...alias,
        normalized: normalizeName(alias.name),
      })),
    ),
  });

  for (const c of kb.claims) {
    const time = dateFields(c.qualifiers.time);
    const asOf = dateFields(c.qualifiers.asOf);
    const valueDate = c.value?.kind === 'date' ? dateFields(c.value.date) : dateFields(null);
    const data = {
      subjectId: c.subjectId,
      predicateId: c.predicateId,
      objectId: c.objectId,
      valueText: c.value?.kind === 'text' ? c.value.text : null,
      valueNumber: c.value?.kind === 'number' ? c.value.number : null,
      valueUnit: c.value?.kind === 'number' ? c.value.unit : null,
      valueDate: valueDate.at,
      valueDatePrecision: valueDate.precision,
      statement: c.statement,
      modality: c.modality,
      speakerId: c.speakerId,
      rank: c.rank,
      timeAt: time.at,
      timePrecision: time.precision,
      asOfAt: asOf.at,
      asOfPrecision: asOf.precision,
      placeId: c.qualifiers.placeId,
      offTopic: c.offTopic,
    };
    await tx.claim.upsert({ where: { id: c.id }, create: { id: c.id, ...data }, update: data });
  }
  await tx.evidence.deleteMany({ where: { claimId: { in: ids.claims } } });
  await tx.evidence.createMany({
    data: kb.claims.flatMap((c) => c.evidence.map((e) => ({ claimId: c.id, ...e }))),
  });

  await tx.actorRelation.deleteMany({ where: { subjectId: { in: ids.actors } } });
  await tx.actorRelation.createMany({
    data: kb.relations.map((r) => {
      const start = dateFields(r.start);
      const end = dateFields(r.end);
      return {
        type: r.type,
        subjectId: r.subjectId,
        objectId: r.objectId,
        startAt: start.at,
        startPrecision: start.precision,
        endAt: end.at,
        endPrecision: end.precision,
        claimId: r.claimId,
      };
    }),
  });

  await tx.dispute.deleteMany({ where: { firstId: { in: ids.claims } } });
  await tx.dispute.createMany({ data: kb.disputes });

  await tx.$executeRaw`SELECT attest_refresh_claim_search(NULL)`;
}
