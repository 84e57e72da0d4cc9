import { type ClaimState, loadClaimStates } from '@attest/classroom';
import { batchPerTick, type LoadBatch } from '../batch-per-tick.ts';
import type { Context } from '../context.ts';

const loaders = new WeakMap<Context, LoadBatch<ClaimState>>();

/**
 * The claims' current state for a request, fetched in one batch for every question resolved in
 * the same tick (a set's question list asks for all of them together), so status stays O(1)
 * in queries however many questions a set has.
 */
export function claimStates(ctx: Context): LoadBatch<ClaimState> {
  let load = loaders.get(ctx);
  if (!load) {
    const batched = batchPerTick((ids) => loadClaimStates(ctx.prisma, [...ids]));
    load = (ids) => (ids.length === 0 ? Promise.resolve(new Map()) : batched(ids));
    loaders.set(ctx, load);
  }
  return load;
}
