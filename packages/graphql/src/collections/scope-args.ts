import type { Context } from '../context.ts';
import { collectionScope, readableBy } from './access.ts';

/** How the optional `collection` argument of every knowledge read is described. */
export const COLLECTION_ARG =
  'Only this collection (NOT_FOUND when the viewer may not read it); without it, every collection the viewer may read.';

/**
 * A Prisma filter for the collections a read covers: the one asked for, or every one the viewer
 * may read. The access rule rides in the read's own statement (no lookup of readable
 * collections first); pair it with `assertScopeWhenEmpty` so that an unreadable collection still
 * answers NOT_FOUND rather than an empty list.
 */
export function inCollections(
  ctx: Context,
  collection: { id: string } | null | undefined,
): { collectionId?: string; collection: ReturnType<typeof readableBy> } {
  return {
    ...(collection ? { collectionId: collection.id } : {}),
    collection: readableBy(ctx.viewer),
  };
}

/**
 * Rows found in a collection prove the viewer may read it; only an empty answer needs asking
 * whether the collection was unreadable (NOT_FOUND, as for an unknown ID) or just empty.
 */
export async function assertScopeWhenEmpty(
  ctx: Context,
  collection: { id: string } | null | undefined,
  found: number,
): Promise<void> {
  if (found === 0 && collection) await collectionScope(ctx, collection.id);
}
