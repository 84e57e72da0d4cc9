import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { createCollection } from './collection-helpers.ts';
import { codes, gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);
const IMPORT =
  'mutation ($c: ID!, $files: [KnowledgeFileInput!]!) { importKnowledge(collection: $c, files: $files) { sources actors claims disputes } }';

describe.each(['pglite', 'postgres'] as const)('a collection as files on %s', (kind) => {
  let t: TestApi;
  let owner: { cookie: string };
  let stranger: { cookie: string };
  let copy: string;
  let files: { path: string; content: string }[];
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    owner = await signUp(t, 'owner');
    stranger = await signUp(t, 'stranger');
    copy = await createCollection(t, owner.cookie, { name: 'Copy' });
    const exported = await gqlAs<{ collection: { files: { path: string; content: string }[] } }>(
      t,
      null,
      '{ collection(slug: "corpus") { files { path content } } }',
    );
    files = exported.data?.collection.files ?? [];
  });
  afterAll(() => t.close());

  it('exports the curated format and imports it into another collection', async () => {
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'sources.yaml',
        'actors.yaml',
        'claims/claims.yaml',
        'disputes.yaml',
      ]),
    );
    const imported = await gqlAs<{ importKnowledge: Record<string, number> }>(
      t,
      owner.cookie,
      IMPORT,
      {
        c: copy,
        files,
      },
    );
    expect(imported.data?.importKnowledge).toEqual({
      sources: mini.sources.length,
      actors: mini.actors.length,
      claims: mini.claims.length,
      disputes: mini.disputes.length,
    });
    const counts = await gqlAs<{ claims: { totalCount: number }; sources: { totalCount: number } }>(
      t,
      owner.cookie,
      'query ($c: ID) { claims(collection: $c) { totalCount } sources(collection: $c) { totalCount } }',
      { c: copy },
    );
    expect(counts.data).toEqual({
      claims: { totalCount: mini.claims.length },
      sources: { totalCount: mini.sources.length },
    });
  });

  it('refuses files that do not hold up, naming the problems, and strangers', async () => {
    const broken = files.map((f) =>
      f.path === 'claims/claims.yaml'
        ? { ...f, content: f.content.replace(/quote: .*/, 'quote: words nowhere in the text') }
        : f,
    );
    const refused = await gqlAs(t, owner.cookie, IMPORT, { c: copy, files: broken });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toContain('not verbatim');
    expect(codes(await gqlAs(t, stranger.cookie, IMPORT, { c: copy, files }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});
