import { CORPUS_COLLECTION_ID, type Prisma } from '@attest/db';
import { AttestError } from '@attest/errors';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { keptReadable } from './readable-cache.ts';

/** What a viewer may do with a collection: read it, or also change it (owner and curators). */
export const readableBy = (viewer: Context['viewer']): Prisma.CollectionWhereInput => ({
  OR: [
    { visibility: 'PUBLIC' },
    ...(viewer
      ? [{ ownerId: viewer.id }, { curators: { some: { email: viewer.email.toLowerCase() } } }]
      : []),
  ],
});

export const editableBy = (
  viewer: NonNullable<Context['viewer']>,
): Prisma.CollectionWhereInput => ({
  OR: [{ ownerId: viewer.id }, { curators: { some: { email: viewer.email.toLowerCase() } } }],
});

/** What a collection says of who may change it: enough to tell without asking the database. */
export const EDITORS_SELECT = { ownerId: true, curators: { select: { email: true } } } as const;

/** Whether the viewer owns or curates a collection loaded with EDITORS_SELECT. */
export const mayEdit = (
  collection: { ownerId: string | null; curators: { email: string }[] },
  viewer: Context['viewer'],
): boolean =>
  viewer !== null &&
  (collection.ownerId === viewer.id ||
    collection.curators.some((c) => c.email === viewer.email.toLowerCase()));

const readable = new WeakMap<Context, Promise<string[]>>();

/**
 * The collections the viewer may read, looked up once per request, or kept across requests
 * while change notifications are heard (readable-cache.ts).
 */
export function readableCollectionIds(ctx: Context): Promise<string[]> {
  let ids = readable.get(ctx);
  if (!ids) {
    const viewer = ctx.viewer;
    ids = keptReadable(
      ctx.prisma,
      viewer ? `${viewer.id}\n${viewer.email.toLowerCase()}` : '',
      () =>
        ctx.prisma.collection
          .findMany({ where: readableBy(viewer), select: { id: true }, orderBy: { id: 'asc' } })
          .then((rows) => rows.map((r) => r.id)),
    );
    readable.set(ctx, ids);
  }
  return ids;
}

const unknownCollection = (id: string) =>
  new AttestError('NOT_FOUND', `No collection has the ID "${encodeGlobalID('Collection', id)}".`);

/**
 * The collections a read covers: the one asked for (NOT_FOUND, exactly as for an unknown ID,
 * when the viewer may not read it), or else every collection the viewer may read.
 */
export async function collectionScope(ctx: Context, collectionId?: string | null) {
  const ids = await readableCollectionIds(ctx);
  if (collectionId === undefined || collectionId === null) return ids;
  if (!ids.includes(collectionId)) throw unknownCollection(collectionId);
  return [collectionId];
}

/** The one collection a quiz is made from: the one asked for, or the curated corpus. */
export async function quizCollection(ctx: Context, collectionId?: string | null) {
  // The corpus is public and ownerless, so nobody can make it private: no lookup needed.
  if (!collectionId || collectionId === CORPUS_COLLECTION_ID) return CORPUS_COLLECTION_ID;
  const [id] = await collectionScope(ctx, collectionId);
  return id as string;
}

/** Refuses a change unless the viewer owns or curates the collection (NOT_FOUND if unreadable). */
export async function assertCanEdit(ctx: Context, collectionId: string) {
  await collectionScope(ctx, collectionId);
  const viewer = ctx.viewer;
  if (!viewer) throw new AttestError('UNAUTHENTICATED', 'Sign in to change a collection.');
  const editable = await ctx.prisma.collection.count({
    where: { id: collectionId, ...editableBy(viewer) },
  });
  if (editable === 0)
    throw new AttestError(
      'FORBIDDEN',
      'Only the owner and curators of a collection can change it.',
    );
}

/**
 * Whether the viewer may see a knowledge node (source, actor, claim, evidence, dispute): one
 * count whose filter carries the access rule, so no lookup of readable collections first.
 */
export async function canReadNode(ctx: Context, typename: string, id: string): Promise<boolean> {
  const collection = readableBy(ctx.viewer);
  const count = (n: Promise<number>) => n.then((c) => c > 0);
  switch (typename) {
    case 'Source':
      return count(ctx.prisma.source.count({ where: { id, collection } }));
    case 'Actor':
      return count(ctx.prisma.actor.count({ where: { id, collection } }));
    case 'Claim':
      return count(ctx.prisma.claim.count({ where: { id, collection } }));
    case 'Evidence':
      return count(ctx.prisma.evidence.count({ where: { id, claim: { collection } } }));
    case 'ActorRelation':
      return count(ctx.prisma.actorRelation.count({ where: { id, subject: { collection } } }));
    case 'Dispute':
      return count(ctx.prisma.dispute.count({ where: { id, first: { collection } } }));
    case 'CollectionChange':
      return ctx.viewer
        ? count(
            ctx.prisma.collectionChange.count({
              where: { id, collection: editableBy(ctx.viewer) },
            }),
          )
        : false;
    case 'Collection':
      return (await readableCollectionIds(ctx)).includes(id);
    default:
      return true;
  }
}
