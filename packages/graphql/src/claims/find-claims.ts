import { type Prisma, type PrismaClient, searchClaims } from '@attest/db';

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
 * One page of claims matching the filters: ranked by relevance when there is a search, else
 * by key. Searches rank every match (bounded by `searchLimit`), then page through the ranking.
 */
export async function findClaimPage(
  prisma: PrismaClient,
  {
    filters,
    search,
    offset,
    limit,
    searchLimit = 500,
  }: {
    filters: ClaimFilters;
    search: string | null;
    offset: number;
    limit: number;
    searchLimit?: number;
  },
): Promise<ClaimPage> {
  const where = claimWhere(filters);
  if (search !== null) {
    // The collections are a condition of the search itself; other filters pick claims first.
    const { collectionIds, ...others } = filters;
    const otherWhere = claimWhere(others);
    const within =
      Object.keys(otherWhere).length > 0
        ? (await prisma.claim.findMany({ where, select: { id: true } })).map((c) => c.id)
        : undefined;
    const hits = await searchClaims(prisma, search, { within, collectionIds, limit: searchLimit });
    return { ids: hits.slice(offset, offset + limit).map((h) => h.id), totalCount: hits.length };
  }
  const [rows, totalCount] = await Promise.all([
    prisma.claim.findMany({
      where,
      select: { id: true },
      orderBy: { id: 'asc' },
      skip: offset,
      take: limit,
    }),
    prisma.claim.count({ where }),
  ]);
  return { ids: rows.map((r) => r.id), totalCount };
}
