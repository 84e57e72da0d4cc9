import {
  type ClaimValue,
  fromDate,
  type KnowledgeBase,
  type Claim as KnowledgeClaim,
  type Source as KnowledgeSource,
  type PartialDate,
} from '@attest/knowledge';
import type { Db } from './db.ts';
import type {
  Claim,
  DatePrecision,
  Evidence,
  NoiseRegion,
  Source,
} from './generated/prisma/client.ts';
import { predicateFromRow } from './predicate-row.ts';
import { CORPUS_COLLECTION_ID } from './seed-rows.ts';

const partial = (at: Date | null, precision: DatePrecision | null): PartialDate | null =>
  at && precision ? fromDate(at, precision) : null;

/**
 * One collection's knowledge base as the database holds it now, in the plain shape
 * `@attest/knowledge` defines: what the quiz engine takes. Six queries.
 */
export async function readKnowledgeBase(
  prisma: Db,
  collectionId: string = CORPUS_COLLECTION_ID,
): Promise<KnowledgeBase> {
  const [sources, predicates, actors, relations, claims, disputes] = await Promise.all([
    prisma.source.findMany({
      where: { collectionId },
      include: { noise: { orderBy: { start: 'asc' } } },
      orderBy: { id: 'asc' },
    }),
    prisma.predicate.findMany({ orderBy: { id: 'asc' } }),
    prisma.actor.findMany({
      where: { collectionId },
      include: { aliases: { orderBy: { name: 'asc' } } },
      orderBy: { id: 'asc' },
    }),
    prisma.actorRelation.findMany({
      where: { subject: { collectionId } },
      orderBy: [{ subjectId: 'asc' }, { objectId: 'asc' }],
    }),
    prisma.claim.findMany({
      where: { collectionId },
      include: { evidence: { orderBy: [{ sourceId: 'asc' }, { start: 'asc' }] } },
      orderBy: { id: 'asc' },
    }),
    prisma.dispute.findMany({ where: { first: { collectionId } }, orderBy: { id: 'asc' } }),
  ]);
  return {
    sources: sources.map(sourceFromRow),
    predicates: predicates.map(predicateFromRow),
    actors: actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      description: a.description,
      aliases: a.aliases.map(({ name, kind }) => ({ name, kind })),
    })),
    relations: relations.map((r) => ({
      type: r.type,
      subjectId: r.subjectId,
      objectId: r.objectId,
      start: partial(r.startAt, r.startPrecision),
      end: partial(r.endAt, r.endPrecision),
      claimId: r.claimId,
    })),
    claims: claims.map(claimFromRow),
    disputes: disputes.map(({ firstId, secondId, aspect, description }) => ({
      firstId,
      secondId,
      aspect,
      description,
    })),
  };
}

type SourceRow = Source & { noise: NoiseRegion[] };
type ClaimRow = Claim & { evidence: Evidence[] };

function sourceFromRow(s: SourceRow): KnowledgeSource {
  return {
    id: s.id,
    fileName: s.fileName ?? '',
    title: s.title,
    publisher: s.publisher,
    publisherBasis: s.publisherBasis,
    url: s.url,
    published: partial(s.publishedAt, s.publishedPrecision),
    genre: s.genre,
    text: s.text,
    contentHash: s.contentHash,
    noise: s.noise.map(({ label, start, end }) => ({ label, start, end })),
  };
}

function claimFromRow(c: ClaimRow): KnowledgeClaim {
  return {
    id: c.id,
    subjectId: c.subjectId,
    predicateId: c.predicateId,
    objectId: c.objectId,
    value: claimValue(c),
    statement: c.statement,
    modality: c.modality,
    speakerId: c.speakerId,
    rank: c.rank,
    qualifiers: {
      time: partial(c.timeAt, c.timePrecision),
      asOf: partial(c.asOfAt, c.asOfPrecision),
      until: partial(c.untilAt, c.untilPrecision),
      placeId: c.placeId,
    },
    offTopic: c.offTopic,
    background: c.background,
    evidence: c.evidence.map(({ sourceId, quote, start, end, prefix, suffix }) => ({
      sourceId,
      quote,
      start,
      end,
      prefix,
      suffix,
    })),
  };
}

function claimValue(c: {
  valueText: string | null;
  valueNumber: number | null;
  valueUnit: string | null;
  valueDate: Date | null;
  valueDatePrecision: DatePrecision | null;
}): ClaimValue | null {
  const date = partial(c.valueDate, c.valueDatePrecision);
  if (date) return { kind: 'date', date };
  if (c.valueNumber !== null) return { kind: 'number', number: c.valueNumber, unit: c.valueUnit };
  if (c.valueText !== null) return { kind: 'text', text: c.valueText };
  return null;
}
