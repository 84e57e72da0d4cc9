import type { Context } from '../context.ts';
import { collectionScope } from './access.ts';

/** How the optional `collection` argument of every knowledge read is described. */
export const COLLECTION_ARG =
  'Only this collection; without it, every collection the viewer may read.';

/** A Prisma filter on `collectionId` for the collections a read covers (see collectionScope). */
export async function inCollections(
  ctx: Context,
  collection: { id: string } | null | undefined,
): Promise<{ collectionId: { in: string[] } }> {
  return { collectionId: { in: await collectionScope(ctx, collection?.id) } };
}
