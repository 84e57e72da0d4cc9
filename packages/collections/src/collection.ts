import { randomBytes } from 'node:crypto';
import type { CollectionVisibility, Db } from '@attest/db';
import { AttestError } from '@attest/errors';
import { z } from 'zod';
import { ownedCollection } from './owned-collection.ts';
import { parseInput } from './parse-input.ts';
import { SLUG_PATTERN, slugify } from './slug.ts';

const name = z
  .string()
  .trim()
  .min(1, 'A collection needs a name.')
  .max(120, 'A collection name is at most 120 characters.');
const description = z
  .string()
  .trim()
  .max(2000, 'A description is at most 2,000 characters.')
  .nullish();
const slug = z
  .string()
  .regex(
    SLUG_PATTERN,
    'A slug is 1 to 60 lower-case letters, digits and hyphens, starting and ending with a letter or digit.',
  );

const CreateInput = z.object({
  name,
  description,
  slug: slug.nullish(),
  visibility: z.enum(['PUBLIC', 'PRIVATE']).nullish(),
});
export type CreateCollectionInput = z.input<typeof CreateInput>;

/** A new collection owned by `ownerId`: private unless asked otherwise, its slug from its name. */
export async function createCollection(prisma: Db, ownerId: string, input: CreateCollectionInput) {
  const data = parseInput(CreateInput, input);
  const wanted = data.slug ?? (slugify(data.name) || 'collection');
  if (data.slug && (await prisma.collection.count({ where: { slug: wanted } })) > 0) {
    throw new AttestError('CONFLICT', `The slug "${wanted}" is taken; choose another.`);
  }
  // A slug made from a name that is taken gets a short random tail.
  const free =
    data.slug || (await prisma.collection.count({ where: { slug: wanted } })) === 0
      ? wanted
      : `${wanted.slice(0, 52)}-${randomBytes(3).toString('hex')}`;
  return prisma.collection.create({
    data: {
      ownerId,
      name: data.name,
      description: data.description ?? null,
      slug: free,
      visibility: (data.visibility ?? 'PRIVATE') as CollectionVisibility,
    },
  });
}

const UpdateInput = z.object({
  name: name.nullish(),
  description,
  visibility: z.enum(['PUBLIC', 'PRIVATE']).nullish(),
});
export type UpdateCollectionInput = z.input<typeof UpdateInput>;

/** Renames, describes or changes who can see a collection: its owner only. */
export async function updateCollection(
  prisma: Db,
  ownerId: string,
  collectionId: string,
  input: UpdateCollectionInput,
) {
  const data = parseInput(UpdateInput, input);
  await ownedCollection(prisma, ownerId, collectionId);
  return prisma.collection.update({
    where: { id: collectionId },
    data: {
      ...(data.name ? { name: data.name } : {}),
      ...(data.description !== undefined ? { description: data.description } : {}),
      ...(data.visibility ? { visibility: data.visibility as CollectionVisibility } : {}),
    },
  });
}

/** Deletes a collection and everything in it: its owner only. */
export async function deleteCollection(prisma: Db, ownerId: string, collectionId: string) {
  await ownedCollection(prisma, ownerId, collectionId);
  await prisma.collection.delete({ where: { id: collectionId } });
}
