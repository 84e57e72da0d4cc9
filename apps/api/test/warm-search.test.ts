import { CORPUS_COLLECTION_ID, searchIndexOrigin } from '@attest/db';
import { warmSearch } from '@attest/graphql';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { addSource, createCollection } from './collection-helpers.ts';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

describe.each(['pglite', 'postgres'] as const)('warming search at start on %s', (kind) => {
  let t: TestApi;
  let mine: string;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    const owner = await signUp(t, 'owner');
    mine = await createCollection(t, owner.cookie, { name: 'Mine' });
    await addSource(t, owner.cookie, mine, {
      text: 'Zembla has been a member of the Northern League since 1999.',
    });
  });
  afterAll(() => t.close());

  it("loads the public collections' indexes, so the first search ranks in memory", async () => {
    expect(searchIndexOrigin(t.db.prisma, CORPUS_COLLECTION_ID)).toBeUndefined();
    expect(await warmSearch(t.db.prisma)).toBe(true);
    expect(searchIndexOrigin(t.db.prisma, CORPUS_COLLECTION_ID)).toEqual({ kind: 'load' });
    // Private collections are loaded when their owners search them, not at start.
    expect(searchIndexOrigin(t.db.prisma, mine)).toBeUndefined();
    // The first search reads no claim to rank: only its page.
    t.statements.length = 0;
    const found = await gqlAs<{ claims: { edges: unknown[] } }>(
      t,
      null,
      'query ($q: String!) { claims(search: $q, first: 3) { edges { node { statement } } } }',
      { q: mini.claims[0]?.statement },
    );
    expect(found.data?.claims.edges.length).toBeGreaterThan(0);
    expect(t.statements.filter((sql) => sql.includes('"searchText"'))).toEqual([]);
  });
});
