import {
  CORPUS_COLLECTION_ID,
  type Db,
  heldSearchIndex,
  searchClaims,
  searchClaimsInSql,
  searchIndexesLoaded,
  searchIndexOrigin,
} from '@attest/db';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { openTestApi, openTwoTestApis, type TestApi, type TwoTestApis } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);
const OTHER = 'other';

/** A second collection holding every other claim of the corpus, written before any search. */
async function splitCollections(prisma: Db) {
  await prisma.collection.create({
    data: { id: OTHER, slug: OTHER, name: 'Other', visibility: 'PUBLIC' },
  });
  const claims = await prisma.claim.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  await prisma.claim.updateMany({
    where: { id: { in: claims.filter((_, i) => i % 2 === 1).map((c) => c.id) } },
    data: { collectionId: OTHER },
  });
}

/** Searches both collections through `prisma` (the API's client) until both indexes are held. */
async function holdBoth(prisma: Db) {
  await vi.waitFor(async () => {
    for (const id of [CORPUS_COLLECTION_ID, OTHER])
      await searchClaims(prisma, 'minister', { collectionIds: [id] });
    await searchIndexesLoaded(prisma);
    expect(heldSearchIndex(prisma, CORPUS_COLLECTION_ID)).toBeDefined();
    expect(heldSearchIndex(prisma, OTHER)).toBeDefined();
  });
  return {
    corpus: heldSearchIndex(prisma, CORPUS_COLLECTION_ID),
    other: heldSearchIndex(prisma, OTHER),
  };
}

/**
 * Renames a corpus claim with a word nobody else holds, then waits until `reader`'s search of
 * the corpus finds it from a new index, patched from the last with that claim read again (the
 * change notification names it); the other collection's index must be the same object
 * throughout.
 */
async function changeOneCollection(writer: Db, reader: Db, word: string) {
  const before = await holdBoth(reader);
  const claim = await writer.claim.findFirstOrThrow({
    where: { collectionId: CORPUS_COLLECTION_ID },
    select: { id: true },
  });
  await writer.claim.update({ where: { id: claim.id }, data: { statement: `A ${word} claim.` } });
  // As the curation verbs do after a write (packages/collections).
  await writer.$executeRaw`SELECT attest_refresh_claim_search(${[claim.id]}::text[])`;
  await vi.waitFor(
    async () => {
      const hits = await searchClaims(reader, word, { collectionIds: [CORPUS_COLLECTION_ID] });
      await searchIndexesLoaded(reader);
      expect(heldSearchIndex(reader, CORPUS_COLLECTION_ID)).not.toBe(before.corpus);
      expect(hits.map((h) => h.id)).toContain(claim.id);
    },
    { timeout: 5000 },
  );
  const origin = searchIndexOrigin(reader, CORPUS_COLLECTION_ID);
  expect(origin?.kind).toBe('patch');
  expect(origin?.kind === 'patch' && origin.claims).toEqual([claim.id]);
  expect(heldSearchIndex(reader, OTHER)).toBe(before.other);
  expect(await searchClaims(reader, word, { collectionIds: [OTHER] })).toEqual([]);
}

describe.each(['pglite', 'postgres'] as const)('search indexes on %s', (kind) => {
  let node: TestApi;
  beforeAll(async () => {
    node = await openTestApi(kind, inject('postgresUrl'), mini);
    await splitCollections(node.db.prisma);
  });
  afterAll(() => node.close());

  it("patches only the changed collection's index", async () => {
    await changeOneCollection(node.db.prisma, node.db.prisma, 'zanzibarite');
  });

  it('keeps every index after a change to what search reads nothing of (a predicate)', async () => {
    const before = await holdBoth(node.db.prisma);
    await node.db.prisma.$executeRawUnsafe(
      `INSERT INTO "Predicate" (id, label, description, object) VALUES ('p_reload', 'p', 'p', 'ACTOR')`,
    );
    // The change is heard (the generation moves) and both indexes stay the same objects.
    const word = 'minister';
    await vi.waitFor(async () => {
      const after = await holdBoth(node.db.prisma);
      expect(after.corpus).toBe(before.corpus);
      expect(after.other).toBe(before.other);
      expect(await searchClaims(node.db.prisma, word)).toEqual(
        await searchClaimsInSql(node.db.prisma, word),
      );
    });
  });
});

describe('search indexes of two API nodes over one PostgreSQL', () => {
  let nodes: TwoTestApis;
  beforeAll(async () => {
    nodes = await openTwoTestApis(inject('postgresUrl'), mini);
    await splitCollections(nodes.first.db.prisma);
  });
  afterAll(() => nodes.close());

  it("patches only the changed collection's index on the node that did not write", async () => {
    await changeOneCollection(nodes.first.db.prisma, nodes.second.db.prisma, 'quagmirist');
  });
});
