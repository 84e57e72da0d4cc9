import type { Database } from '@attest/db';
import { openTestDatabase } from '@attest/db/testing';
import { AttestError } from '@attest/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCurator,
  createCollection,
  deleteCollection,
  removeCurator,
  updateCollection,
} from '../src/index.ts';

describe('managing collections', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    for (const id of ['owner', 'other'])
      await db.prisma.user.create({ data: { id, name: id, email: `${id}@example.org` } });
  });
  afterAll(() => db.close());

  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => 'resolved',
      (e: unknown) => (e instanceof AttestError ? e.code : String(e)),
    );

  it('makes a private collection with a slug from its name, unique', async () => {
    const first = await createCollection(db.prisma, 'owner', { name: 'Élections à Arden 2024' });
    expect(first).toMatchObject({ slug: 'elections-a-arden-2024', visibility: 'PRIVATE' });
    const second = await createCollection(db.prisma, 'owner', { name: 'Élections à Arden 2024' });
    expect(second.slug).toMatch(/^elections-a-arden-2024-[0-9a-f]{6}$/);
    expect(await code(createCollection(db.prisma, 'owner', { name: 'x', slug: first.slug }))).toBe(
      'CONFLICT',
    );
    expect(await code(createCollection(db.prisma, 'owner', { name: '  ' }))).toBe('BAD_USER_INPUT');
    expect(await code(createCollection(db.prisma, 'owner', { name: 'x', slug: 'Bad Slug' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lets only the owner rename, invite, remove and delete', async () => {
    const c = await createCollection(db.prisma, 'owner', { name: 'Owned' });
    expect(await code(updateCollection(db.prisma, 'other', c.id, { name: 'Mine' }))).toBe(
      'FORBIDDEN',
    );
    expect(await code(addCurator(db.prisma, 'other', c.id, 'x@example.org'))).toBe('FORBIDDEN');
    expect(await code(deleteCollection(db.prisma, 'other', c.id))).toBe('FORBIDDEN');
    const renamed = await updateCollection(db.prisma, 'owner', c.id, {
      name: 'Renamed',
      visibility: 'PUBLIC',
    });
    expect(renamed).toMatchObject({ name: 'Renamed', visibility: 'PUBLIC' });

    await addCurator(db.prisma, 'owner', c.id, ' Other@Example.org ');
    await addCurator(db.prisma, 'owner', c.id, 'other@example.org');
    expect(await db.prisma.collectionCurator.findMany({ where: { collectionId: c.id } })).toEqual([
      expect.objectContaining({ email: 'other@example.org' }),
    ]);
    expect(await code(addCurator(db.prisma, 'owner', c.id, 'not an email'))).toBe('BAD_USER_INPUT');
    await removeCurator(db.prisma, 'owner', c.id, 'other@example.org');
    expect(await code(removeCurator(db.prisma, 'owner', c.id, 'other@example.org'))).toBe(
      'NOT_FOUND',
    );
    await deleteCollection(db.prisma, 'owner', c.id);
    expect(await db.prisma.collection.count({ where: { id: c.id } })).toBe(0);
  });
});
