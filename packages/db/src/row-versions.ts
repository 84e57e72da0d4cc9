import { compareCodePoints } from './code-point-order.ts';
import type { Db } from './db.ts';

/**
 * The version of every source, actor and claim of a collection, with their child rows (noise
 * regions, aliases, evidence), read without the rows themselves: PostgreSQL's `xmin` of each row,
 * which every insert or update of that row changes (a new row version is a new tuple written by
 * another transaction), joined with the ids and `xmin`s of its children, so that a child added,
 * changed or deleted changes its parent's version too. Equal versions mean equal rows; a version
 * that changes for nothing (a freeze by VACUUM) only costs a row read again.
 */
export interface RowVersions {
  sources: Map<string, string>;
  actors: Map<string, string>;
  claims: Map<string, string>;
}

type Versioned = [id: string, version: string][];

interface Part {
  table: string;
  children: string;
  fk: string;
  /**
   * Rows in the order they were made (`createdAt`, then id), not by id alone: a claim added
   * comes last (ids sort anywhere), which lets the quiz extend its index rather than make it
   * anew. Such a part's versions start with the row's `createdAt` ("YYYYMMDDHHMISSMS/").
   */
  inOrderMade: boolean;
}

const PARTS: Record<keyof RowVersions, Part> = {
  sources: { table: 'Source', children: 'NoiseRegion', fk: 'sourceId', inOrderMade: false },
  actors: { table: 'Actor', children: 'ActorAlias', fk: 'actorId', inOrderMade: false },
  claims: { table: 'Claim', children: 'Evidence', fk: 'claimId', inOrderMade: true },
};

export async function readRowVersions(prisma: Db, collectionId: string): Promise<RowVersions> {
  const [sources, actors, claims] = await Promise.all([
    versionsOf(prisma, collectionId, PARTS.sources),
    versionsOf(prisma, collectionId, PARTS.actors),
    versionsOf(prisma, collectionId, PARTS.claims),
  ]);
  return { sources, actors, claims };
}

/** The ids of some rows of each part. */
export type RowKeys = { [P in keyof RowVersions]: ReadonlySet<string> };

/**
 * The versions of every row after a change that wrote only the rows `changed` names: `before`'s,
 * with those rows' versions read again (and those the collection no longer holds left out).
 * Rows are in each part's order (ids compared as the database does, which must be by code point:
 * collatesByCodePoint (code-point-order.ts)).
 */
export async function readChangedVersions(
  prisma: Db,
  collectionId: string,
  before: RowVersions,
  changed: RowKeys,
): Promise<RowVersions> {
  const part = async (name: keyof RowVersions) =>
    changed[name].size === 0
      ? before[name]
      : mergeVersions(
          before[name],
          await versionsOf(prisma, collectionId, PARTS[name], [...changed[name]]),
          changed[name],
          PARTS[name].inOrderMade ? madeThenId : (id) => id,
        );
  const [sources, actors, claims] = await Promise.all([
    part('sources'),
    part('actors'),
    part('claims'),
  ]);
  return { sources, actors, claims };
}

/** A row's place in a part in the order rows were made: its `createdAt` (fixed width), then id. */
const madeThenId = (id: string, version: string) =>
  `${version.slice(0, version.indexOf('/'))} ${id}`;

/**
 * `before` with the `asked` rows' versions replaced by `read`'s (absent there: gone), in the
 * order `place` gives (compared by code point).
 */
function mergeVersions(
  before: ReadonlyMap<string, string>,
  read: ReadonlyMap<string, string>,
  asked: ReadonlySet<string>,
  place: (id: string, version: string) => string,
): Map<string, string> {
  const added = [...read]
    .filter(([id]) => !before.has(id))
    .map(([id, version]) => ({ id, place: place(id, version) }))
    .sort((a, b) => compareCodePoints(a.place, b.place));
  const merged = new Map<string, string>();
  let next = 0;
  for (const [id, version] of before) {
    // A row's place is only needed while new rows remain to be put before it.
    while (
      next < added.length &&
      compareCodePoints((added[next] as { place: string }).place, place(id, version)) < 0
    ) {
      const newId = (added[next++] as { id: string }).id;
      merged.set(newId, read.get(newId) as string);
    }
    if (!asked.has(id)) merged.set(id, version);
    else {
      const now = read.get(id);
      if (now !== undefined) merged.set(id, now);
    }
  }
  for (const { id } of added.slice(next)) merged.set(id, read.get(id) as string);
  return merged;
}

/**
 * A part's versions by id, in the part's order (Part): every row of the collection, or those of
 * `ids`. The names are this file's constants, never input.
 */
async function versionsOf(
  prisma: Db,
  collectionId: string,
  { table, children, fk, inOrderMade }: Part,
  ids?: string[],
): Promise<Map<string, string>> {
  // One JSON text (thousands of rows at 100× the corpus), parsed at once in Node. The children
  // are joined to the parent rows the one scan reads (grouping by the key), not grouped apart
  // and joined back: the claims' heap, wide with search vectors, is read once (~30 % less time
  // at 100×).
  const [row] = await prisma.$queryRawUnsafe<{ v: string | null }[]>(
    `SELECT json_agg(json_build_array(x.id, x.v) ORDER BY ${inOrderMade ? 'x.made, ' : ''}x.id)::text AS v
     FROM (SELECT p.id, ${inOrderMade ? `p."createdAt" AS made,` : ''}
                  ${inOrderMade ? `to_char(p."createdAt", 'YYYYMMDDHH24MISSMS') || '/' || ` : ''}p.xmin::text || coalesce(' ' || string_agg(c.id || ':' || c.xmin::text, ' ' ORDER BY c.id), '') AS v
           FROM "${table}" p LEFT JOIN "${children}" c ON c."${fk}" = p.id
           WHERE p."collectionId" = $1${ids ? ' AND p.id = ANY($2::text[])' : ''}
           GROUP BY p.id) x`,
    ...(ids ? [collectionId, ids] : [collectionId]),
  );
  return new Map(JSON.parse(row?.v ?? '[]') as Versioned);
}

/** The ids whose version is new or differs from before's, in `now`'s order. */
export function changedIds(
  before: ReadonlyMap<string, string>,
  now: ReadonlyMap<string, string>,
): string[] {
  const changed: string[] = [];
  for (const [id, version] of now) if (before.get(id) !== version) changed.push(id);
  return changed;
}
