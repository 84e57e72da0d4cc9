import type { Claim } from '@attest/db';
import { batchPerTick, type LoadBatch } from '../batch-per-tick.ts';
import type { Context } from '../context.ts';

type Query = { select?: Record<string, unknown>; include?: Record<string, unknown> };

const loaders = new WeakMap<Context, Map<string, LoadBatch<Claim>>>();

/**
 * Claims by ID for Pothos `query` selections, one findMany per selection shape for all the
 * lookups made in the same tick (Prisma does not batch these findUnique calls itself), so a
 * list of questions with their claims costs one query however long it is.
 */
export async function claimsById(
  ctx: Context,
  query: Query,
  ids: readonly string[],
): Promise<Claim[]> {
  const byShape = loaders.get(ctx) ?? new Map<string, LoadBatch<Claim>>();
  loaders.set(ctx, byShape);
  const shape = JSON.stringify(query);
  let load = byShape.get(shape);
  if (!load) {
    load = batchPerTick(async (wanted) => {
      const select = query.select ? { ...query.select, id: true } : undefined;
      const found = await ctx.prisma.claim.findMany({
        ...(select ? { select } : { include: query.include }),
        where: { id: { in: [...wanted] } },
      } as never);
      return new Map((found as Claim[]).map((c) => [c.id, c]));
    });
    byShape.set(shape, load);
  }
  const rows = await load(ids);
  return ids.flatMap((id) => rows.get(id) ?? []);
}
