import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { codes, gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);
const ARTICLE =
  'Ministers met in Arden on Tuesday.\n\n“We will open the office next year,” Ana Lindström said.\n';

describe.each(['pglite', 'postgres'] as const)('collections on %s', (kind) => {
  let t: TestApi;
  let owner: { cookie: string; id: string };
  let curator: { cookie: string; id: string; email: string };
  let stranger: { cookie: string; id: string };
  let collectionId: string;
  let sourceId: string;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    owner = await signUp(t, 'owner');
    const signedUp = await signUp(t, 'curator');
    const viewer = await gqlAs<{ viewer: { email: string } }>(
      t,
      signedUp.cookie,
      '{ viewer { email } }',
    );
    curator = { ...signedUp, email: viewer.data?.viewer.email ?? '' };
    stranger = await signUp(t, 'stranger');
  });
  afterAll(() => t.close());

  const as = gqlAs;
  const addSource = (cookie: string | null, text: string, extra: Record<string, unknown> = {}) =>
    as<{ addSource: { id: string; title: string; text: string } }>(
      t,
      cookie,
      'mutation ($c: ID!, $input: AddSourceInput!) { addSource(collection: $c, input: $input) { id title text collection { slug } } }',
      { c: collectionId, input: { text, ...extra } },
    );

  it('makes a private collection, which only its owner sees', async () => {
    expect(
      codes(await as(t, null, 'mutation { createCollection(input: { name: "x" }) { id } }')),
    ).toEqual(['UNAUTHENTICATED']);
    const created = await as<{
      createCollection: { id: string; slug: string; visibility: string };
    }>(
      t,
      owner.cookie,
      'mutation { createCollection(input: { name: "Arden week 1" }) { id slug visibility viewerCanEdit } }',
    );
    expect(created.data?.createCollection).toMatchObject({
      slug: 'arden-week-1',
      visibility: 'PRIVATE',
      viewerCanEdit: true,
    });
    collectionId = created.data?.createCollection.id ?? '';
    const slugs = async (cookie: string | null) =>
      (
        await as<{ collections: { edges: { node: { slug: string } }[] } }>(
          t,
          cookie,
          '{ collections { edges { node { slug } } } }',
        )
      ).data?.collections.edges.map((e) => e.node.slug);
    expect(await slugs(owner.cookie)).toEqual(expect.arrayContaining(['corpus', 'arden-week-1']));
    expect(await slugs(stranger.cookie)).toEqual(['corpus']);
    expect(await slugs(null)).toEqual(['corpus']);
  });

  it('adds a source, kept verbatim, for its owner only', async () => {
    const added = await addSource(owner.cookie, ARTICLE, { title: 'Arden talks' });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addSource).toMatchObject({ title: 'Arden talks', text: ARTICLE });
    sourceId = added.data?.addSource.id ?? '';
    expect(codes(await addSource(stranger.cookie, 'Another article.'))).toEqual(['NOT_FOUND']);
    expect(codes(await addSource(null, 'Another article.'))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses bad sources with a clear error, writing nothing', async () => {
    const count = async () =>
      (
        await as<{ sources: { totalCount: number } }>(
          t,
          owner.cookie,
          'query ($c: ID) { sources(collection: $c) { totalCount } }',
          { c: collectionId },
        )
      ).data?.sources.totalCount;
    const before = await count();
    const duplicate = await addSource(owner.cookie, ARTICLE);
    expect(codes(duplicate)).toEqual(['CONFLICT']);
    expect(duplicate.errors?.[0]?.message).toContain('Arden talks');
    expect(codes(await addSource(owner.cookie, '   '))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await addSource(owner.cookie, 'text', { published: 'yesterday' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await count()).toBe(before);
  });

  it('hides a private collection’s contents from others exactly like unknown IDs', async () => {
    const node = (cookie: string | null, id: string) =>
      as(t, cookie, 'query ($id: ID!) { node(id: $id) { id } }', { id });
    expect((await node(owner.cookie, sourceId)).data).toEqual({ node: { id: sourceId } });
    const hidden = await node(stranger.cookie, sourceId);
    expect(codes(hidden)).toEqual(['NOT_FOUND']);
    const unknownId = Buffer.from('Source:nope').toString('base64');
    const unknown = await node(stranger.cookie, unknownId);
    expect(hidden.errors?.[0]?.message.replace(sourceId, 'ID')).toBe(
      unknown.errors?.[0]?.message.replace(unknownId, 'ID'),
    );
    for (const query of [
      'query ($c: ID) { sources(collection: $c) { totalCount } }',
      'query ($c: ID) { actors(collection: $c) { totalCount } }',
      'query ($c: ID) { claims(collection: $c, search: "office") { totalCount } }',
      'query ($c: ID) { disputes(collection: $c) { aspect } }',
      'query ($c: ID) { generateQuestions(input: { collection: $c, count: 1 }) { id } }',
    ]) {
      expect(codes(await as(t, stranger.cookie, query, { c: collectionId }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(codes(await as(t, null, query, { c: collectionId }))).toEqual(['NOT_FOUND']);
    }
    const everything = await as<{ sources: { edges: { node: { id: string } }[] } }>(
      t,
      stranger.cookie,
      '{ sources(first: 100) { edges { node { id } } } }',
    );
    expect(everything.data?.sources.edges.map((e) => e.node.id)).not.toContain(sourceId);
  });

  it('scopes every read to the collection asked for', async () => {
    const mine = await as<{
      sources: { edges: { node: { id: string } }[] };
      claims: { totalCount: number };
    }>(
      t,
      owner.cookie,
      'query ($c: ID) { sources(collection: $c) { edges { node { id } } } claims(collection: $c) { totalCount } }',
      { c: collectionId },
    );
    expect(mine.data?.sources.edges.map((e) => e.node.id)).toEqual([sourceId]);
    // The new collection has a source but no claims yet; the corpus's claims stay out of it.
    expect(mine.data?.claims.totalCount).toBe(0);
  });

  it('lets curators invited by email change it, until removed', async () => {
    expect(codes(await addSource(curator.cookie, 'A curator’s article.'))).toEqual(['NOT_FOUND']);
    const invite = await as(
      t,
      owner.cookie,
      'mutation ($c: ID!, $e: String!) { addCurator(collection: $c, email: $e) { curators } }',
      { c: collectionId, e: curator.email.toUpperCase() },
    );
    expect(invite.data).toEqual({ addCurator: { curators: [curator.email.toLowerCase()] } });
    expect((await addSource(curator.cookie, 'A curator’s article.')).errors).toBeUndefined();
    expect(
      codes(
        await as(
          t,
          curator.cookie,
          'mutation ($c: ID!) { updateCollection(id: $c, input: { name: "Mine" }) { id } }',
          {
            c: collectionId,
          },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    await as(
      t,
      owner.cookie,
      'mutation ($c: ID!, $e: String!) { removeCurator(collection: $c, email: $e) { id } }',
      {
        c: collectionId,
        e: curator.email,
      },
    );
    expect(codes(await addSource(curator.cookie, 'Yet another article.'))).toEqual(['NOT_FOUND']);
  });

  it('shows a public collection to everyone, changed by its curators only', async () => {
    const made = await as(
      t,
      owner.cookie,
      'mutation ($c: ID!) { updateCollection(id: $c, input: { visibility: PUBLIC }) { visibility } }',
      { c: collectionId },
    );
    expect(made.data).toEqual({ updateCollection: { visibility: 'PUBLIC' } });
    const seen = await as(
      t,
      null,
      'query ($id: ID!) { node(id: $id) { ... on Source { title } } }',
      {
        id: sourceId,
      },
    );
    expect(seen.data).toEqual({ node: { title: 'Arden talks' } });
    expect(codes(await addSource(stranger.cookie, 'A stranger’s article.'))).toEqual(['FORBIDDEN']);
  });
});
