import type { Db } from '@attest/db';
import { AttestError } from '@attest/errors';

/** Filters that name something that does not exist are mistakes, not empty results. */
export async function assertExist(
  prisma: Db,
  ids: {
    /** The collections the named things must be in (NOT_FOUND otherwise, as for unknown IDs). */
    collectionIds: string[];
    actorIds?: string[];
    sourceIds?: string[];
    claimIds?: string[];
    predicateIds?: string[];
  },
) {
  const collectionId = { in: ids.collectionIds };
  const missing = async (
    label: string,
    wanted: string[] | undefined,
    count: (ids: string[]) => Promise<number>,
  ) => {
    const unique = [...new Set(wanted ?? [])];
    if (unique.length > 0 && (await count(unique)) < unique.length) return label;
    return null;
  };
  const problems = (
    await Promise.all([
      missing('actor', ids.actorIds, (i) =>
        prisma.actor.count({ where: { id: { in: i }, collectionId } }),
      ),
      missing('source', ids.sourceIds, (i) =>
        prisma.source.count({ where: { id: { in: i }, collectionId } }),
      ),
      missing('claim', ids.claimIds, (i) =>
        prisma.claim.count({ where: { id: { in: i }, collectionId } }),
      ),
      missing('predicate', ids.predicateIds, (i) =>
        prisma.predicate.count({ where: { id: { in: i } } }),
      ),
    ])
  ).filter((p) => p !== null);
  if (problems.length === 0) return;
  if (problems[0] === 'predicate' && ids.predicateIds?.length === 1) {
    throw new AttestError(
      'NOT_FOUND',
      `There is no predicate "${ids.predicateIds[0]}"; see the predicates query.`,
    );
  }
  throw new AttestError(
    'NOT_FOUND',
    `No ${problems[0]} has ${problems[0] === 'predicate' ? 'one of the given keys' : 'one of the given IDs'}.`,
  );
}
