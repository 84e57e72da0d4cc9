import type { Db } from '@attest/db';
import { AttestError } from '@attest/errors';

/** The collection, if `ownerId` owns it: NOT_FOUND for an unknown ID, FORBIDDEN for anyone else. */
export async function ownedCollection(prisma: Db, ownerId: string, collectionId: string) {
  const collection = await prisma.collection.findUnique({ where: { id: collectionId } });
  if (!collection) throw new AttestError('NOT_FOUND', 'No collection has this ID.');
  if (collection.ownerId !== ownerId)
    throw new AttestError('FORBIDDEN', 'Only the owner of a collection can do this.');
  return collection;
}
