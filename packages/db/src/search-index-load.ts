import type { ChangedRows } from './change-log.ts';
import type { Db } from './db.ts';
import type { CollectionIndex } from './search-index.ts';
import { build, type ClaimRow, EMPTY, type NameRow } from './search-index-build.ts';

/**
 * A patch is taken over a full load while it reads fewer rows than this share of the
 * collection's claims (or than MIN_PATCH), and while holes are under half of them (or
 * MIN_PATCH): beyond that, reading them by id costs about what reading the collection does.
 */
const PATCH_SHARE = 0.25;
const MIN_PATCH = 64;

/**
 * The collection's index, read whole; undefined when it cannot be ranked exactly here (text
 * pg_trgm would split otherwise than ASCII words).
 */
export async function loadCollection(
  prisma: Db,
  collectionId: string,
): Promise<CollectionIndex | undefined> {
  const rows = await prisma.$queryRaw<ClaimRow[]>`
    SELECT c.id, c."subjectId", c."objectId", c."speakerId", s.kind = 'PERSON' AS person,
      c."offTopic", c.rank = 'DEPRECATED' AS deprecated, c."valueDate" IS NOT NULL AS dated,
      c."searchVector"::text AS vector, c."searchText" AS text
    FROM "Claim" c JOIN "Actor" s ON s.id = c."subjectId"
    WHERE c."collectionId" = ${collectionId}
  `;
  const names = await prisma.$queryRaw<NameRow[]>`
    WITH actors AS (
      SELECT unnest(ARRAY["subjectId", "objectId", "speakerId"]) AS id FROM "Claim"
      WHERE "collectionId" = ${collectionId}
    )
    SELECT id AS "actorId", "searchName" AS name FROM "Actor" WHERE id IN (SELECT id FROM actors)
    UNION ALL
    SELECT "actorId", "searchName" FROM "ActorAlias" WHERE "actorId" IN (SELECT id FROM actors)
  `;
  return build(prisma, EMPTY, { dropped: [], rows, renamed: [], names, origin: { kind: 'load' } });
}

/**
 * The index of a collection after the changes `changed` tells of, patched from `base` (the
 * index as it was when they began) by reading only the rows they wrote; undefined when they are
 * too many to patch (the caller loads the collection whole). `base` itself when nothing it holds
 * changed. The claims re-read: those changes wrote, and the claims of changed actors (their
 * subject's kind; their names are read again too). A re-read claim no longer in the collection
 * (deleted, moved) is dropped; one new to it is added, with the names of actors it brings.
 */
export async function followChanges(
  prisma: Db,
  collectionId: string,
  base: CollectionIndex,
  changed: ChangedRows,
): Promise<{ index: CollectionIndex | undefined } | undefined> {
  const claimIds = new Set(changed.claims);
  const actors = [...changed.actors].filter((id) => base.namesOf.has(id) || base.byActor.has(id));
  for (const actor of actors)
    for (const claim of base.byActor.get(actor) ?? []) claimIds.add(claim.id);
  if (claimIds.size === 0 && actors.length === 0) return { index: base };
  const live = base.positions.size;
  const holes = base.claims.length - live;
  if (
    claimIds.size + actors.length > Math.max(PATCH_SHARE * live, MIN_PATCH) ||
    holes > Math.max(live / 2, MIN_PATCH)
  )
    return undefined;
  const ids = [...claimIds];
  const rows = await prisma.$queryRaw<ClaimRow[]>`
    SELECT c.id, c."subjectId", c."objectId", c."speakerId", s.kind = 'PERSON' AS person,
      c."offTopic", c.rank = 'DEPRECATED' AS deprecated, c."valueDate" IS NOT NULL AS dated,
      c."searchVector"::text AS vector, c."searchText" AS text
    FROM "Claim" c JOIN "Actor" s ON s.id = c."subjectId"
    WHERE c.id = ANY (${ids}::text[]) AND c."collectionId" = ${collectionId}
  `;
  // Names of the changed actors and of every actor of the re-read claims: an actor may belong to
  // another collection (a claim moved), whose changes this one does not hear, but the
  // refresh of this collection's claims that a rename makes is heard.
  const wanted = new Set(actors.filter((id) => base.namesOf.has(id)));
  for (const row of rows)
    for (const actor of [row.subjectId, row.objectId, row.speakerId]) if (actor) wanted.add(actor);
  const names =
    wanted.size === 0
      ? []
      : await prisma.$queryRaw<NameRow[]>`
          SELECT id AS "actorId", "searchName" AS name FROM "Actor" WHERE id = ANY (${[...wanted]}::text[])
          UNION ALL
          SELECT "actorId", "searchName" FROM "ActorAlias" WHERE "actorId" = ANY (${[...wanted]}::text[])
        `;
  const index = await build(prisma, base, {
    dropped: ids,
    rows,
    renamed: [...wanted],
    names,
    origin: { kind: 'patch', claims: ids, actors: [...wanted] },
  });
  return { index };
}
