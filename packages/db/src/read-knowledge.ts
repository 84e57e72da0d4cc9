import {
  type ClaimValue,
  fromDate,
  type KnowledgeBase,
  type Claim as KnowledgeClaim,
  type Source as KnowledgeSource,
  type PartialDate,
} from '@attest/knowledge';
import type { ChangedRows } from './change-log.ts';
import { collatesByCodePoint } from './code-point-order.ts';
import type { Db } from './db.ts';
import type {
  ActorRelation,
  Claim,
  DatePrecision,
  Dispute,
  Evidence,
  NoiseRegion,
  Source,
} from './generated/prisma/client.ts';
import { predicateFromRow } from './predicate-row.ts';
import {
  changedIds,
  type RowVersions,
  readChangedVersions,
  readRowVersions,
} from './row-versions.ts';
import { CORPUS_COLLECTION_ID } from './seed-rows.ts';

const partial = (at: Date | null, precision: DatePrecision | null): PartialDate | null =>
  at && precision ? fromDate(at, precision) : null;

/**
 * One collection's knowledge base as the database holds it now, in the plain shape
 * `@attest/knowledge` defines: what the quiz engine takes. Given the version read before it
 * (`previous`, read by this function), only the sources, actors and claims whose rows changed
 * since are read again (their row versions first: row-versions.ts); every other row is the
 * previous version's very object, which is also what lets the quiz tell unchanged rows apart at
 * no cost. At 100× the corpus a change then reads a few rows instead of megabytes of texts.
 * Sources and actors come in id order, claims in the order they were made (then by id), so that
 * a claim added is the last, as the quiz extends its index fastest (`deriveQuiz`).
 *
 * `changed`, when the caller heard every change since `previous` was read (ChangeLog.since):
 * the rows those changes wrote. Then only their versions are read, not every row's, and the
 * relations, disputes and predicates only when a change may have touched them.
 */
export async function readKnowledgeBase(
  prisma: Db,
  collectionId: string = CORPUS_COLLECTION_ID,
  previous?: KnowledgeBase,
  changed?: ChangedRows,
): Promise<KnowledgeBase> {
  const before = previous && readVersions.get(previous);
  const keyed =
    before && previous && changed && (await collatesByCodePoint(prisma))
      ? { before, previous, changed }
      : undefined;
  const wholeParts = (now?: RowVersions) => {
    const kept = keyed && now ? untouchedParts(keyed.previous, keyed.changed, now) : {};
    return Promise.all([
      kept.predicates ??
        prisma.predicate
          .findMany({ orderBy: { id: 'asc' } })
          .then((rows) => rows.map(predicateFromRow)),
      kept.relations ??
        prisma.actorRelation
          .findMany({
            where: { subject: { collectionId } },
            orderBy: [{ subjectId: 'asc' }, { objectId: 'asc' }],
          })
          .then((rows) => rows.map(relationFromRow)),
      kept.disputes ??
        prisma.dispute
          .findMany({ where: { first: { collectionId } }, orderBy: { id: 'asc' } })
          .then((rows) => rows.map(disputeFromRow)),
    ]);
  };
  const [versions, [predicates, relations, disputes]] = keyed
    ? await readChangedVersions(prisma, collectionId, keyed.before, keyed.changed).then(
        async (now) => [now, await wholeParts(now)] as const,
      )
    : await Promise.all([readRowVersions(prisma, collectionId), wholeParts()]);
  const rowsOf = <P extends 'sources' | 'actors' | 'claims'>(
    part: P,
    read: (where: {
      collectionId: string;
      id?: { in: string[] };
    }) => Promise<KnowledgeBase[P][number][]>,
  ) =>
    changedRows<KnowledgeBase[P][number]>(
      before && previous ? { rows: previous[part], versions: before[part] } : null,
      {
        versions: versions[part],
        read: (ids) => read(ids ? { collectionId, id: { in: ids } } : { collectionId }),
      },
    );
  const [sources, actors, claims] = await Promise.all([
    rowsOf('sources', async (where) =>
      (
        await prisma.source.findMany({
          where,
          include: { noise: { orderBy: { start: 'asc' } } },
          orderBy: { id: 'asc' },
        })
      ).map(sourceFromRow),
    ),
    rowsOf('actors', async (where) =>
      (
        await prisma.actor.findMany({
          where,
          include: { aliases: { orderBy: { name: 'asc' } } },
          orderBy: { id: 'asc' },
        })
      ).map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        description: a.description,
        aliases: a.aliases.map(({ name, kind }) => ({ name, kind })),
      })),
    ),
    rowsOf('claims', async (where) =>
      (
        await prisma.claim.findMany({
          where,
          include: { evidence: { orderBy: [{ sourceId: 'asc' }, { start: 'asc' }] } },
          // The order the versions give (row-versions.ts): a claim added comes last.
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        })
      ).map(claimFromRow),
    ),
  ]);
  const kb: KnowledgeBase = {
    sources: sources.rows,
    predicates,
    actors: actors.rows,
    relations,
    claims: claims.rows,
    disputes,
  };
  readVersions.set(kb, {
    sources: sources.versions,
    actors: actors.versions,
    claims: claims.versions,
  });
  return kb;
}

/**
 * The parts read whole (predicates, relations, disputes) that the changes since `previous` left
 * as they were: not written themselves, nor deleted with an actor or claim that is gone (the
 * rows of a parent deleted fire no trigger).
 */
function untouchedParts(
  previous: KnowledgeBase,
  changed: ChangedRows,
  now: RowVersions,
): Partial<Pick<KnowledgeBase, 'predicates' | 'relations' | 'disputes'>> {
  const gone = (part: 'actors' | 'claims') => [...changed[part]].some((id) => !now[part].has(id));
  const untouched = (table: string) => !changed.tables.has(table);
  return {
    predicates: untouched('Predicate') ? previous.predicates : undefined,
    relations:
      untouched('ActorRelation') && !gone('actors') && !gone('claims')
        ? previous.relations
        : undefined,
    disputes: untouched('Dispute') && !gone('claims') ? previous.disputes : undefined,
  };
}

/** The row versions each knowledge base was read at (for the next read to compare with). */
const readVersions = new WeakMap<KnowledgeBase, RowVersions>();

/**
 * More rows changed than this share of a part: read the whole part at once (one query by
 * collection beats a long list of ids).
 */
const REREAD_SHARE = 0.25;

/**
 * One part's rows in version order: the previous rows whose version is unchanged, the rest read.
 * A row changed again or deleted between reading versions and rows is read as it is then (or
 * left out), and its recorded version left unknown so the next read reads it again.
 */
async function changedRows<T extends { id: string }>(
  previous: { rows: readonly T[]; versions: ReadonlyMap<string, string> } | null,
  now: { versions: Map<string, string>; read: (ids: string[] | null) => Promise<T[]> },
): Promise<{ rows: T[]; versions: Map<string, string> }> {
  const changed = previous ? changedIds(previous.versions, now.versions) : null;
  const whole = changed === null || changed.length > REREAD_SHARE * now.versions.size;
  const read = whole ? await now.read(null) : changed.length > 0 ? await now.read(changed) : [];
  const fresh = new Map(read.map((row) => [row.id, row]));
  const kept = whole || !previous ? null : new Map(previous.rows.map((row) => [row.id, row]));
  const rows: T[] = [];
  const versions = new Map<string, string>();
  for (const [id, version] of now.versions) {
    const row = fresh.get(id) ?? kept?.get(id);
    if (!row) continue;
    rows.push(row);
    if (fresh.has(id) || previous?.versions.get(id) === version) versions.set(id, version);
  }
  return { rows, versions };
}

type SourceRow = Source & { noise: NoiseRegion[] };

function relationFromRow(r: ActorRelation): KnowledgeBase['relations'][number] {
  return {
    type: r.type,
    subjectId: r.subjectId,
    objectId: r.objectId,
    start: partial(r.startAt, r.startPrecision),
    end: partial(r.endAt, r.endPrecision),
    claimId: r.claimId,
  };
}

function disputeFromRow(d: Dispute): KnowledgeBase['disputes'][number] {
  const { firstId, secondId, aspect, description } = d;
  return { firstId, secondId, aspect, description };
}
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
