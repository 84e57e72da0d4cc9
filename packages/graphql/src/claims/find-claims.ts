import { type Db, type Prisma, searchClaims } from '@attest/db';

export interface ClaimFilters {
  subjectId?: string | null;
  objectId?: string | null;
  speakerId?: string | null;
  predicateId?: string | null;
  sourceId?: string | null;
  disputed?: boolean | null;
  /** The collections the read covers. */
  collectionIds?: string[];
}

export function claimWhere(filters: ClaimFilters): Prisma.ClaimWhereInput {
  const disputed = { OR: [{ disputesAsFirst: { some: {} } }, { disputesAsSecond: { some: {} } }] };
  return {
    ...(filters.collectionIds ? { collectionId: { in: filters.collectionIds } } : {}),
    ...(filters.subjectId ? { subjectId: filters.subjectId } : {}),
    ...(filters.objectId ? { objectId: filters.objectId } : {}),
    ...(filters.speakerId ? { speakerId: filters.speakerId } : {}),
    ...(filters.predicateId ? { predicateId: filters.predicateId } : {}),
    ...(filters.sourceId ? { evidence: { some: { sourceId: filters.sourceId } } } : {}),
    ...(filters.disputed === true ? disputed : {}),
    ...(filters.disputed === false ? { NOT: disputed } : {}),
  };
}

export interface ClaimPage {
  /** Claim ids of the page, in order. */
  ids: string[];
  totalCount: number;
}

/**
 * One page of a search: every match ranked (bounded by `searchLimit`), then paged through. The
 * collections are a condition of the search itself; other filters pick claims first. (A plain
 * page of claims is one findMany in schema/claims-query.ts.)
 */
export async function findClaimPage(
  prisma: Db,
  {
    filters,
    search,
    offset,
    limit,
    searchLimit = 500,
  }: {
    filters: ClaimFilters;
    search: string;
    offset: number;
    limit: number;
    searchLimit?: number;
  },
): Promise<ClaimPage> {
  const { collectionIds, ...others } = filters;
  const otherWhere = claimWhere(others);
  const within =
    Object.keys(otherWhere).length > 0
      ? (await prisma.claim.findMany({ where: claimWhere(filters), select: { id: true } })).map(
          (c) => c.id,
        )
      : undefined;
  const hits = await searchClaims(prisma, search, { within, collectionIds, limit: searchLimit });
  return { ids: hits.slice(offset, offset + limit).map((h) => h.id), totalCount: hits.length };
}
