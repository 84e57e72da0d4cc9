import type { Claim } from '@attest/db';
import type { Context } from '../context.ts';

type Query = { select?: Record<string, unknown>; include?: Record<string, unknown> };
type Batch = { ids: Set<string>; rows: Promise<Map<string, Claim>> };

const batches = new WeakMap<Context, Map<string, Batch>>();

/**
 * Claims by ID for Pothos `query` selections, one findMany per selection shape for all the
 * lookups made in the same tick (Prisma does not batch these findUnique calls itself), so a
 * list of questions with their claims costs one query however long it is.
 */
export function claimsById(ctx: Context, query: Query, ids: readonly string[]): Promise<Claim[]> {
  const pending = batches.get(ctx) ?? new Map<string, Batch>();
  batches.set(ctx, pending);
  const shape = JSON.stringify(query);
  let batch = pending.get(shape);
  if (!batch) {
    const wanted = new Set<string>();
    const open = pending;
    const rows = new Promise<void>((resolve) => process.nextTick(resolve)).then(async () => {
      open.delete(shape);
      const select = query.select ? { ...query.select, id: true } : undefined;
      const found = await ctx.prisma.claim.findMany({
        ...(select ? { select } : { include: query.include }),
        where: { id: { in: [...wanted] } },
      } as never);
      return new Map((found as Claim[]).map((c) => [c.id, c]));
    });
    batch = { ids: wanted, rows };
    pending.set(shape, batch);
  }
  for (const id of ids) batch.ids.add(id);
  return batch.rows.then((rows) => ids.flatMap((id) => rows.get(id) ?? []));
}
