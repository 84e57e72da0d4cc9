import type { Context } from '../context.ts';

/**
 * Claims by ID in the given order, loaded in one statement with a Pothos selection (from
 * `queryFromInfo`): the page of a search, whose ranking gave the IDs.
 */
export async function claimsInOrder(
  ctx: Context,
  query: { select?: object; include?: object },
  ids: string[],
) {
  if (ids.length === 0) return [];
  const rows = await ctx.prisma.claim.findMany({
    ...(query as object),
    where: { id: { in: ids } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
