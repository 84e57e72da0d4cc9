import type { KnowledgeBase } from '@attest/knowledge';
import { readableCollectionIds } from '../collections/access.ts';
import type { Context } from '../context.ts';
import { currentKnowledgeBase } from '../quiz/knowledge-cache.ts';

/**
 * The knowledge base a hand-written fill-in's names come from, for its rival names: the one
 * collection its linked claims belong to, when the viewer may read it. A set belongs to no
 * collection, so a question linking no claim (or claims of several) has none, and its slips are
 * judged against no other names. Other types never need one.
 */
export async function rivalBase(
  ctx: Context,
  question: { type: string; claimIds?: readonly string[] | undefined },
): Promise<KnowledgeBase | undefined> {
  if (question.type !== 'FILL_IN' || !question.claimIds?.length) return undefined;
  const rows = await ctx.prisma.claim.findMany({
    where: { id: { in: [...question.claimIds] } },
    select: { collectionId: true },
    distinct: ['collectionId'],
  });
  const [only] = rows;
  return rows.length === 1 && only ? readableBase(ctx, only.collectionId) : undefined;
}

/** A collection's knowledge base, when the viewer may read the collection. */
export async function readableBase(
  ctx: Context,
  collectionId: string,
): Promise<KnowledgeBase | undefined> {
  if (!(await readableCollectionIds(ctx)).includes(collectionId)) return undefined;
  return currentKnowledgeBase(ctx.prisma, collectionId);
}
