import { type ClaimState, loadClaimStates } from '@attest/classroom';
import type { Context } from '../context.ts';

type Load = (claimIds: readonly string[]) => Promise<ReadonlyMap<string, ClaimState>>;

const loaders = new WeakMap<Context, Load>();

/**
 * The claims' current state for a request, fetched in one batch for every question resolved in
 * the same tick (a set's question list asks for all of them together), so status stays O(1)
 * in queries however many questions a set has.
 */
export function claimStates(ctx: Context): Load {
  let load = loaders.get(ctx);
  if (load) return load;
  let pending: { ids: Set<string>; result: Promise<Map<string, ClaimState>> } | null = null;
  load = (claimIds) => {
    if (claimIds.length === 0) return Promise.resolve(new Map());
    if (!pending) {
      const ids = new Set<string>();
      const result = new Promise<void>((resolve) => process.nextTick(resolve)).then(() => {
        pending = null;
        return loadClaimStates(ctx.prisma, [...ids]);
      });
      pending = { ids, result };
    }
    for (const id of claimIds) pending.ids.add(id);
    return pending.result;
  };
  loaders.set(ctx, load);
  return load;
}
