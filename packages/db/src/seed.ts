import { createHash } from 'node:crypto';
import { type KnowledgeBase, loadKnowledgeBase } from '@attest/knowledge';
import type { Db } from './db.ts';
import type { Prisma } from './generated/prisma/client.ts';
import { seedRows } from './seed-rows.ts';

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
  prisma: Db,
  kb: KnowledgeBase = loadKnowledgeBase(),
  {
    force = false,
    timeout = 120_000,
  }: {
    force?: boolean;
    /** How long the one transaction may take, ms: a synthetic 100× corpus needs more. */
    timeout?: number;
  } = {},
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
    { maxWait: 10_000, timeout },
  );
  return { changed: true, counts };
}

async function readSeedRecord(prisma: Db): Promise<SeedRecord | null> {
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
  const rows = seedRows(kb);
  await upsertRows(rows.predicates, {
    existing: (ids) => tx.predicate.findMany({ where: { id: { in: ids } } }),
    create: (data) => tx.predicate.createMany({ data }),
    update: ({ id, ...data }) => tx.predicate.update({ where: { id }, data }),
  });
  await upsertRows(rows.sources, {
    existing: (ids) => tx.source.findMany({ where: { id: { in: ids } } }),
    create: (data) => tx.source.createMany({ data }),
    update: ({ id, ...data }) => tx.source.update({ where: { id }, data }),
  });
  await tx.noiseRegion.deleteMany({ where: { sourceId: { in: ids.sources } } });
  await tx.noiseRegion.createMany({ data: rows.noise });

  await upsertRows(rows.actors, {
    existing: (ids) => tx.actor.findMany({ where: { id: { in: ids } } }),
    create: (data) => tx.actor.createMany({ data }),
    update: ({ id, ...data }) => tx.actor.update({ where: { id }, data }),
  });
  await tx.actorAlias.deleteMany({ where: { actorId: { in: ids.actors } } });
  await tx.actorAlias.createMany({ data: rows.aliases });

  await upsertRows(rows.claims, {
    existing: (ids) => tx.claim.findMany({ where: { id: { in: ids } } }),
    create: (data) => tx.claim.createMany({ data }),
    update: ({ id, ...data }) => tx.claim.update({ where: { id }, data }),
  });
  await tx.evidence.deleteMany({ where: { claimId: { in: ids.claims } } });
  await tx.evidence.createMany({ data: rows.evidence });

  await tx.actorRelation.deleteMany({ where: { subjectId: { in: ids.actors } } });
  await tx.actorRelation.createMany({ data: rows.relations });

  await tx.dispute.deleteMany({ where: { firstId: { in: ids.claims } } });
  await tx.dispute.createMany({ data: kb.disputes });

  await tx.$executeRaw`SELECT attest_refresh_claim_search(NULL)`;
}

/**
 * Inserts the rows that are new in one statement and updates only those that changed: a first
 * seed is a handful of statements, a reseed touches what the files changed.
 */
async function upsertRows<Row extends { id: string }>(
  rows: Row[],
  ops: {
    existing: (ids: string[]) => Promise<Record<string, unknown>[]>;
    create: (rows: Row[]) => Promise<unknown>;
    update: (row: Row) => Promise<unknown>;
  },
) {
  const stored = new Map(
    (await ops.existing(rows.map((r) => r.id))).map((r) => [r.id as string, r]),
  );
  await ops.create(rows.filter((r) => !stored.has(r.id)));
  for (const row of rows) {
    const current = stored.get(row.id);
    if (current && !sameValues(row, current)) await ops.update(row);
  }
}

/** Whether every field of `row` holds the same value in `stored` (dates by time). */
function sameValues(row: object, stored: Record<string, unknown>): boolean {
  return Object.entries(row).every(([key, value]) => {
    const other = stored[key];
    return value instanceof Date && other instanceof Date
      ? value.getTime() === other.getTime()
      : value === other;
  });
}
