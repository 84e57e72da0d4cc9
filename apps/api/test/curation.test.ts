import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { addSource, createCollection, passageIn } from './collection-helpers.ts';
import {
  codes,
  gqlAs,
  openTestApi,
  openTwoTestApis,
  type TestApi,
  type TwoTestApis,
} from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);
const TEXT =
  'Ministers met in Zembla on Tuesday. Zembla has been a member of the Northern League since 1999, ' +
  'and Borogravia joined the Northern League in 2004.';
const passage = (quote: string) => passageIn(TEXT, quote);

/** The claim that Borogravia joined the league, backed by TEXT's second sentence. */
const borograviaJoined = (subject?: string, object?: string, source?: string) => ({
  subject,
  predicate: 'member_of',
  object,
  evidence: [{ source, ...passage('Borogravia joined the Northern League in 2004') }],
});

const CREATE_ACTOR = `mutation ($c: ID!, $input: ActorInput!) { createActor(collection: $c, input: $input) { id name } }`;
const CREATE_CLAIM = `mutation ($c: ID!, $input: ClaimInput!) {
  createClaim(collection: $c, input: $input) { id statement evidence { quote start end } } }`;

describe.each(['pglite', 'postgres'] as const)('curating through the API on %s', (kind) => {
  let t: TestApi;
  let owner: { cookie: string };
  let stranger: { cookie: string };
  let collection: string;
  let source: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    owner = await signUp(t, 'owner');
    stranger = await signUp(t, 'stranger');
    collection = await createCollection(t, owner.cookie, { name: 'Zembla', slug: 'zembla' });
    source = await addSource(t, owner.cookie, collection, { text: TEXT, title: 'Zembla talks' });
  });
  afterAll(() => t.close());

  it('makes actors and a claim backed by a passage, searchable at once', async () => {
    for (const [key, input] of [
      ['zembla', { name: 'Zembla', kind: 'COUNTRY' }],
      ['borogravia', { name: 'Borogravia', kind: 'COUNTRY' }],
      [
        'league',
        {
          name: 'Northern League',
          kind: 'ALLIANCE',
          aliases: [{ name: 'NL', kind: 'ABBREVIATION' }],
        },
      ],
    ] as const) {
      const r = await gqlAs<{ createActor: { id: string } }>(t, owner.cookie, CREATE_ACTOR, {
        c: collection,
        input,
      });
      expect(r.errors).toBeUndefined();
      ids[key] = r.data?.createActor.id ?? '';
    }
    const claim = await gqlAs<{ createClaim: { id: string; evidence: { quote: string }[] } }>(
      t,
      owner.cookie,
      CREATE_CLAIM,
      {
        c: collection,
        input: {
          subject: ids.zembla,
          predicate: 'member_of',
          object: ids.league,
          time: '1999',
          evidence: [
            { source, ...passage('Zembla has been a member of the Northern League since 1999') },
          ],
        },
      },
    );
    expect(claim.errors).toBeUndefined();
    expect(claim.data?.createClaim.evidence).toEqual([
      expect.objectContaining({
        quote: 'Zembla has been a member of the Northern League since 1999',
      }),
    ]);
    const found = await gqlAs<{ claims: { edges: { node: { id: string } }[] } }>(
      t,
      owner.cookie,
      'query ($c: ID) { claims(collection: $c, search: "Is Zembla in the Northern League?") { edges { node { id } } } }',
      { c: collection },
    );
    expect(found.data?.claims.edges[0]?.node.id).toBe(claim.data?.createClaim.id);
  });

  it('refuses a passage outside the text, and strangers, with clear errors', async () => {
    const bad = await gqlAs(t, owner.cookie, CREATE_CLAIM, {
      c: collection,
      input: {
        subject: ids.zembla,
        predicate: 'member_of',
        object: ids.league,
        evidence: [{ source, start: 5, end: 100000 }],
      },
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.message).toContain('Zembla talks');
    const stranger_ = await gqlAs(t, stranger.cookie, CREATE_ACTOR, {
      c: collection,
      input: { name: 'X', kind: 'PERSON' },
    });
    expect(codes(stranger_)).toEqual(['NOT_FOUND']);
  });

  it('keeps a history its curators read and revert; others may not', async () => {
    const HISTORY =
      '{ collection(slug: "zembla") { history(first: 10) { totalCount edges { node { id action entity summary by } } } } }';
    const history = await gqlAs<{
      collection: {
        history: {
          totalCount: number;
          edges: { node: { id: string; action: string; summary: string; by: string } }[];
        };
      };
    }>(t, owner.cookie, HISTORY);
    const changes = history.data?.collection.history.edges.map((e) => e.node) ?? [];
    expect(changes[0]).toMatchObject({ action: 'CREATE', entity: 'Claim', by: 'owner' });
    const reverted = await gqlAs<{ revertChange: { summary: string; revertOf: string } }>(
      t,
      owner.cookie,
      'mutation ($c: ID!, $change: ID!) { revertChange(collection: $c, change: $change) { summary revertOf } }',
      { c: collection, change: changes[0]?.id },
    );
    expect(reverted.data?.revertChange.summary).toMatch(/^Reverted: Added the claim/);
    const after = await gqlAs<{ claims: { totalCount: number } }>(
      t,
      owner.cookie,
      'query ($c: ID) { claims(collection: $c) { totalCount } }',
      { c: collection },
    );
    expect(after.data?.claims.totalCount).toBe(0);

    await gqlAs(
      t,
      owner.cookie,
      'mutation ($c: ID!) { updateCollection(id: $c, input: { visibility: PUBLIC }) { id } }',
      {
        c: collection,
      },
    );
    expect(codes(await gqlAs(t, stranger.cookie, HISTORY))).toEqual(['FORBIDDEN']);
    const change = await gqlAs(t, stranger.cookie, 'query ($id: ID!) { node(id: $id) { id } }', {
      id: changes[0]?.id,
    });
    expect(codes(change)).toEqual(['NOT_FOUND']);
  });
});

describe('question sets over a collection that changes', () => {
  let t: TestApi;
  let owner: { cookie: string };
  let stranger: { cookie: string };
  beforeAll(async () => {
    t = await openTestApi('pglite', inject('postgresUrl'), mini);
    owner = await signUp(t, 'owner');
    stranger = await signUp(t, 'stranger');
  });
  afterAll(() => t.close());

  it('draws questions from the owner’s private collection, and marks them when its claims change', async () => {
    const c = await createCollection(t, owner.cookie, { name: 'Mine' });
    const src = await addSource(t, owner.cookie, c, { text: TEXT });
    const actor = async (name: string, kind: string) =>
      (
        await gqlAs<{ createActor: { id: string } }>(t, owner.cookie, CREATE_ACTOR, {
          c,
          input: { name, kind },
        })
      ).data?.createActor.id;
    const boro = await actor('Borogravia', 'COUNTRY');
    const league = await actor('Northern League', 'ALLIANCE');
    const input = borograviaJoined(boro, league, src);
    const claim = await gqlAs<{ createClaim: { id: string } }>(t, owner.cookie, CREATE_CLAIM, {
      c,
      input,
    });
    const claimId = claim.data?.createClaim.id;
    const generated = await gqlAs<{
      generateQuestions: { id: string; claims: { id: string }[] }[];
    }>(
      t,
      owner.cookie,
      'query ($c: ID) { generateQuestions(input: { collection: $c, count: 20 }) { id claims { id } } }',
      { c },
    );
    const question = generated.data?.generateQuestions.find((q) =>
      q.claims.some((x) => x.id === claimId),
    );
    expect(question).toBeDefined();
    const set = await gqlAs<{ createQuestionSet: { id: string } }>(
      t,
      owner.cookie,
      'mutation { createQuestionSet(title: "From my collection") { id } }',
    );
    const setId = set.data?.createQuestionSet.id;
    const ADD =
      'mutation ($s: ID!, $q: [ID!]!, $c: ID) { addGeneratedQuestions(setId: $s, questionIds: $q, collection: $c) { questions { status } } }';
    const added = await gqlAs<{ addGeneratedQuestions: { questions: { status: string }[] } }>(
      t,
      owner.cookie,
      ADD,
      {
        s: setId,
        q: [question?.id],
        c,
      },
    );
    expect(added.data?.addGeneratedQuestions.questions).toEqual([{ status: 'CURRENT' }]);
    // A stranger cannot draw from it: the collection answers as unknown.
    const theirs = await gqlAs<{ createQuestionSet: { id: string } }>(
      t,
      stranger.cookie,
      'mutation { createQuestionSet(title: "Theirs") { id } }',
    );
    const refused = await gqlAs(t, stranger.cookie, ADD, {
      s: theirs.data?.createQuestionSet.id,
      q: [question?.id],
      c,
    });
    expect(codes(refused)).toEqual(['NOT_FOUND']);

    const status = async () =>
      (
        await gqlAs<{ node: { questions: { status: string }[] } }>(
          t,
          owner.cookie,
          'query ($s: ID!) { node(id: $s) { ... on QuestionSet { questions { status } } } }',
          { s: setId },
        )
      ).data?.node.questions[0]?.status;
    await gqlAs(
      t,
      owner.cookie,
      'mutation ($c: ID!, $id: ID!, $input: ClaimInput!) { updateClaim(collection: $c, id: $id, input: $input) { id } }',
      {
        c,
        id: claimId,
        input: { ...input, statement: 'Borogravia joined the Northern League in 2004.' },
      },
    );
    expect(await status()).toBe('CLAIM_CHANGED');
    await gqlAs(
      t,
      owner.cookie,
      'mutation ($c: ID!, $id: ID!) { deleteClaim(collection: $c, id: $id) }',
      {
        c,
        id: claimId,
      },
    );
    expect(await status()).toBe('CLAIM_REMOVED');
  });
});

describe('two API nodes over one PostgreSQL', () => {
  let nodes: TwoTestApis;
  beforeAll(async () => {
    nodes = await openTwoTestApis(inject('postgresUrl'), mini);
  });
  afterAll(() => nodes.close());

  // biome-ignore lint/suspicious/noExplicitAny: each test names the fields it reads.
  type Data = Record<string, any>;

  it('shows a claim made through one node through the other within a second', async () => {
    const { cookie } = await signUp(nodes.first, 'Curator');
    const c = await createCollection(nodes.first, cookie, { name: 'Two nodes' });
    const src = await addSource(nodes.first, cookie, c, { text: TEXT });
    const actor = async (name: string, kind: string): Promise<string> =>
      (await gqlAs<Data>(nodes.first, cookie, CREATE_ACTOR, { c, input: { name, kind } })).data
        ?.createActor.id;
    const boro = await actor('Borogravia', 'COUNTRY');
    const league = await actor('Northern League', 'ALLIANCE');
    // The second node has read (and cached) the collection's knowledge before the change.
    const QUIZ =
      'query ($c: ID) { claims(collection: $c) { totalCount } generateQuestions(input: { collection: $c, count: 50 }) { id claims { id } } }';
    const before = await gqlAs<Data>(nodes.second, cookie, QUIZ, { c });
    expect(before.data?.claims.totalCount).toBe(0);
    expect(before.data?.generateQuestions).toEqual([]);

    const created = await gqlAs<Data>(nodes.first, cookie, CREATE_CLAIM, {
      c,
      input: borograviaJoined(boro, league, src),
    });
    expect(created.errors).toBeUndefined();
    const claimId: string = created.data?.createClaim.id;
    // Search reads the tables; the quiz reads a cache that must notice the change. The second node trusts
    // its cache while it hears the database's change notifications, so it sees the change as
    // soon as the notification arrives: well within the second the issue allows.
    const started = Date.now();
    await vi.waitFor(
      async () => {
        const after = await gqlAs<Data>(nodes.second, cookie, QUIZ, { c });
        const questions: { claims: { id: string }[] }[] = after.data?.generateQuestions;
        const seen = {
          claims: after.data?.claims.totalCount,
          asked: questions.some((q) => q.claims.some((x) => x.id === claimId)),
        };
        expect(seen).toEqual({ claims: 1, asked: true });
      },
      { timeout: 1000, interval: 20 },
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
