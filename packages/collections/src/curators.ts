import type { Db } from '@attest/db';
import { AttestError } from '@attest/errors';
import { z } from 'zod';
import { ownedCollection } from './owned-collection.ts';
import { parseInput } from './parse-input.ts';

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'An email address is at most 254 characters.')
  .pipe(z.email('That is not an email address.'));

/** Lets whoever signs in with `email` change the collection: its owner only. */
export async function addCurator(
  prisma: Db,
  ownerId: string,
  collectionId: string,
  curatorEmail: string,
) {
  const address = await curatorOf(prisma, ownerId, collectionId, curatorEmail);
  await prisma.collectionCurator.upsert({
    where: { collectionId_email: { collectionId, email: address } },
    create: { collectionId, email: address },
    update: {},
  });
}

/** Takes a curator's rights away: the owner only. */
export async function removeCurator(
  prisma: Db,
  ownerId: string,
  collectionId: string,
  curatorEmail: string,
) {
  const address = await curatorOf(prisma, ownerId, collectionId, curatorEmail);
  const { count } = await prisma.collectionCurator.deleteMany({
    where: { collectionId, email: address },
  });
  if (count === 0)
    throw new AttestError('NOT_FOUND', `${address} is not a curator of this collection.`);
}

/** The curator's address, checked, once the collection is found to be the caller's. */
async function curatorOf(prisma: Db, ownerId: string, collectionId: string, curatorEmail: string) {
  const address = parseInput(email, curatorEmail);
  await ownedCollection(prisma, ownerId, collectionId);
  return address;
}
