import { fixtureQuestions, makeSet } from '@attest/classroom/testing';
import { DEFAULT_PAGE_SIZE, schema } from '@attest/graphql';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { limits } from '../src/index.ts';
import { operationCost } from '../src/operation-cost.ts';
import { signUp } from './attempt-helpers.ts';
import { addSource, createCollection } from './collection-helpers.ts';
import { gqlAs, openTestApi, openTwoTestApis, type TestApi, type TwoTestApis } from './harness.ts';
import { apiWithLimits, postFrom } from './limit-helpers.ts';

const pages = { defaultPageSize: DEFAULT_PAGE_SIZE, maxPageSize: limits.pageSize };
const mini = loadKnowledgeBase(miniKnowledgeBaseDir);
const CLAIM_LIST =
  'query ClaimList { claims(first: 50) { totalCount edges { node { id statement subject { name } evidence { quote start end source { title publisher } } } } } }';
const TEXT = 'Zembla has been a member of the Northern League since 1999.';

type ClaimList = {
  claims: { totalCount: number; edges: { node: { id: string; statement: string } }[] };
};

describe.each(['pglite', 'postgres'] as const)('the anonymous response cache on %s', (kind) => {
  let t: TestApi;
  let owner: { cookie: string; id: string };
  let stranger: { cookie: string };
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    owner = await signUp(t, 'owner');
    stranger = await signUp(t, 'stranger');
    // Notifications flow (PostgreSQL: the listening connection is open) before anything is kept.
    await gqlAs(t, null, CLAIM_LIST);
    await vi.waitFor(async () => {
      await gqlAs(t, null, CLAIM_LIST);
      t.statements.length = 0;
      await gqlAs(t, null, CLAIM_LIST);
      expect(t.statements).toEqual([]);
    });
  });
  afterAll(() => t.close());

  /** The SQL statements `request` sent, and its answer. */
  const counted = async <T>(request: () => Promise<T>) => {
    t.statements.length = 0;
    const answer = await request();
    return { answer, statements: t.statements.length };
  };

  it('answers a read asked again from memory, without SQL, with the same body', async () => {
    const read = () => counted(() => gqlAs<ClaimList>(t, null, CLAIM_LIST, { unused: 1 }));
    const first = await read();
    const second = await read();
    const third = await read();
    // Kept on its second miss: a read asked once is not kept.
    expect([first.statements > 0, second.statements > 0, third.statements]).toEqual([
      true,
      true,
      0,
    ]);
    expect(third.answer).toEqual(first.answer);
    expect(first.answer.data?.claims.edges.length).toBeGreaterThan(0);
  });

  it('never answers a signed-in request from the cache, nor keeps its answer', async () => {
    await gqlAs(t, null, CLAIM_LIST);
    const signedIn = await counted(() => gqlAs(t, owner.cookie, CLAIM_LIST));
    expect(signedIn.statements).toBeGreaterThan(0);
    const query = '{ claims(first: 3) { edges { node { statement } } } }';
    await gqlAs(t, owner.cookie, query);
    const again = await counted(() => gqlAs(t, owner.cookie, query));
    expect(again.statements).toBeGreaterThan(0);
    const anonymous = await counted(() => gqlAs(t, null, query));
    expect(anonymous.statements).toBeGreaterThan(0);
    // Any credentials count, even a bearer token that turns out to be no session.
    const bearer = await counted(async () =>
      t.api.fetch('http://attest/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer nobody' },
        body: JSON.stringify({ query }),
      }),
    );
    expect(bearer.statements).toBeGreaterThan(0);
  });

  it("never shows a private collection's contents to anyone but its members", async () => {
    const c = await createCollection(t, owner.cookie, { name: 'Secret' });
    await addSource(t, owner.cookie, c, { text: TEXT, title: 'Secret talks' });
    const SOURCES = 'query ($c: ID) { sources(collection: $c) { edges { node { title } } } }';
    const shows = (answer: unknown) => JSON.stringify(answer).includes('Secret talks');
    // Every order of reads, each twice, so any cached answer would be served to the next.
    const reads = [null, owner.cookie, stranger.cookie, null, owner.cookie, stranger.cookie];
    const seen = [];
    for (const cookie of reads) seen.push(shows(await gqlAs(t, cookie, SOURCES, { c })));
    expect(seen).toEqual([false, true, false, false, true, false]);
  });

  it("shows a curator's change made through the API to the very next anonymous read", async () => {
    const c = await createCollection(t, owner.cookie, { name: 'Open', visibility: 'PUBLIC' });
    const SOURCES = 'query ($c: ID) { sources(collection: $c) { totalCount } }';
    const count = async () =>
      ((await gqlAs<{ sources: { totalCount: number } }>(t, null, SOURCES, { c })).data?.sources
        .totalCount ?? -1) as number;
    expect(await count()).toBe(0);
    expect(await count()).toBe(0);
    const added = await gqlAs(
      t,
      owner.cookie,
      'mutation ($c: ID!, $text: String!) { addSource(collection: $c, input: { text: $text, title: "Open talks" }) { id } }',
      { c, text: TEXT },
    );
    expect(added.errors).toBeUndefined();
    expect(await count()).toBe(1);
  });

  it('follows a write made with raw SQL', async () => {
    const statementOf = async () =>
      (await gqlAs<ClaimList>(t, null, CLAIM_LIST)).data?.claims.edges[0]?.node.statement;
    const before = await statementOf();
    expect(await statementOf()).toBe(before);
    const [first] = (await gqlAs<ClaimList>(t, null, CLAIM_LIST)).data?.claims.edges ?? [];
    const id = Buffer.from(first?.node.id ?? '', 'base64')
      .toString()
      .replace(/^Claim:/, '');
    const changed = await t.db.prisma.$executeRawUnsafe(
      `UPDATE "Claim" SET statement = statement || ' (changed)' WHERE id = $1`,
      id,
    );
    expect(changed).toBe(1);
    if (kind === 'pglite') expect(await statementOf()).toBe(`${before} (changed)`);
    else await vi.waitFor(async () => expect(await statementOf()).toBe(`${before} (changed)`));
  });

  it('runs every anonymous mutation, however often it is repeated', async () => {
    const set = await makeSet(t.db.prisma, owner.id, { questions: [fixtureQuestions.veto] });
    const START = 'mutation ($slug: String!) { startAttempt(slug: $slug) { id } }';
    const ids = [];
    for (let i = 0; i < 3; i++) {
      const { answer, statements } = await counted(() =>
        gqlAs<{ startAttempt: { id: string } }>(t, null, START, { slug: set.shareSlug }),
      );
      expect(statements).toBeGreaterThan(0);
      ids.push(answer.data?.startAttempt.id);
    }
    expect(new Set(ids).size).toBe(3);
  });

  it("keeps its answers through a learner's attempt, which no cached answer shows", async () => {
    const set = await makeSet(t.db.prisma, owner.id, { questions: [fixtureQuestions.veto] });
    // The new set's notification has emptied the cache before it is filled again.
    await vi.waitFor(async () => {
      await gqlAs(t, null, CLAIM_LIST, { learner: 1 });
      t.statements.length = 0;
      await gqlAs(t, null, CLAIM_LIST, { learner: 1 });
      expect(t.statements).toEqual([]);
    });
    const started = await gqlAs<{ startAttempt: { token: string } }>(
      t,
      null,
      'mutation ($slug: String!) { startAttempt(slug: $slug) { token } }',
      { slug: set.shareSlug },
    );
    const finished = await gqlAs(
      t,
      null,
      'mutation ($token: String!) { finishAttempt(token: $token) { status } }',
      { token: started.data?.startAttempt.token },
    );
    expect([started.errors, finished.errors]).toEqual([undefined, undefined]);
    const after = await counted(() => gqlAs(t, null, CLAIM_LIST, { learner: 1 }));
    expect(after.statements).toBe(0);
  });

  it('charges no points for an answer from the cache', async () => {
    const query = '{ predicates { id label } }';
    const points = operationCost({ schema, document: parse(query), ...pages });
    // Room for two requests and a half (the second miss keeps the answer): every later one
    // must be free.
    const api = apiWithLimits(
      t,
      { graphqlPerClient: { points: points * 2.5, seconds: 60 } },
      { responseCache: true },
    );
    const answers = [];
    for (let i = 0; i < 10; i++)
      answers.push(await postFrom(api, '198.51.100.20', '/graphql', { query }));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    // The same budget refuses executed requests once spent.
    const executed = [];
    for (let i = 0; i < 10; i++)
      executed.push(
        await postFrom(api, '198.51.100.20', '/graphql', {
          query: `{ a${i}: predicates { id label } }`,
        }),
      );
    expect(executed.map((a) => a.status)).toContain(429);
  });
});

describe('two API nodes over one PostgreSQL, each with its cache', () => {
  let nodes: TwoTestApis;
  beforeAll(async () => {
    nodes = await openTwoTestApis(inject('postgresUrl'), mini);
  });
  afterAll(() => nodes.close());

  // biome-ignore lint/suspicious/noExplicitAny: each test names the fields it reads.
  type Data = Record<string, any>;

  it("drops the other node's cached answer within a second of a change", async () => {
    const { cookie } = await signUp(nodes.first, 'C');
    const c = await createCollection(nodes.first, cookie, { name: 'Shared', visibility: 'PUBLIC' });
    const SOURCES = 'query ($c: ID) { sources(collection: $c) { totalCount } }';
    // The second node keeps the answer (its listening connection may take a moment to open).
    await vi.waitFor(async () => {
      await gqlAs(nodes.second, null, SOURCES, { c });
      nodes.second.statements.length = 0;
      expect((await gqlAs<Data>(nodes.second, null, SOURCES, { c })).data?.sources.totalCount).toBe(
        0,
      );
      expect(nodes.second.statements).toEqual([]);
    });
    const added = await gqlAs(
      nodes.first,
      cookie,
      'mutation ($c: ID!, $text: String!) { addSource(collection: $c, input: { text: $text }) { id } }',
      { c, text: TEXT },
    );
    expect(added.errors).toBeUndefined();
    const started = Date.now();
    await vi.waitFor(
      async () =>
        expect(
          (await gqlAs<Data>(nodes.second, null, SOURCES, { c })).data?.sources.totalCount,
        ).toBe(1),
      { timeout: 1000, interval: 20 },
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

/**
 * An API whose cache keeps `maxEntries` answers, and `read(n)`: the claim list asked with the
 * variable n, answering how many SQL statements it sent (none: from the cache).
 */
async function boundedCache(maxEntries: number) {
  const t = await openTestApi('pglite', '', mini, { responseCache: { maxEntries } });
  const read = async (n: number) => {
    t.statements.length = 0;
    const answer = await gqlAs(t, null, CLAIM_LIST, { n });
    expect(answer.errors).toBeUndefined();
    return t.statements.length;
  };
  return { t, read };
}

describe('the response cache’s bound', () => {
  it('keeps at most its N answers after N + k distinct reads, the least recently used dropped', async () => {
    const { t, read } = await boundedCache(2);
    try {
      // Notifications flow before anything is kept.
      await vi.waitFor(async () => {
        await read(0);
        expect(await read(0)).toBe(0);
      });
      // Each asked twice, so that each is kept.
      for (let n = 1; n <= 5; n++) {
        expect(await read(n)).toBeGreaterThan(0);
        expect(await read(n)).toBeGreaterThan(0);
      }
      // Only the last two distinct reads are answered from memory.
      expect(await read(5)).toBe(0);
      expect(await read(4)).toBe(0);
      expect(await read(3)).toBeGreaterThan(0);
      expect(await read(1)).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });

  it('keeps no read asked once, so one-off reads never push out one asked again', async () => {
    const { t, read } = await boundedCache(2);
    try {
      await vi.waitFor(async () => {
        await read(0);
        expect(await read(0)).toBe(0);
      });
      // Many more one-off reads than the cache holds answers…
      for (let n = 1; n <= 20; n++) expect(await read(n)).toBeGreaterThan(0);
      // …and the read asked again is still answered from memory.
      expect(await read(0)).toBe(0);
      // The latest one-off read, asked a second time, is kept from then on.
      expect(await read(20)).toBeGreaterThan(0);
      expect(await read(20)).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('answers a hit with the same body as the miss that stored it', async () => {
    const t = await openTestApi('pglite', '', mini);
    try {
      const SEARCH =
        'query ($q: String!) { claims(search: $q, first: 3) { edges { node { statement subject { name } } } } }';
      await vi.waitFor(async () => {
        await gqlAs(t, null, SEARCH, { q: 'Northern League' });
        t.statements.length = 0;
        await gqlAs(t, null, SEARCH, { q: 'Northern League' });
        expect(t.statements).toEqual([]);
      });
      const ask = () =>
        t.api.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: SEARCH, variables: { q: 'member since' } }),
        });
      const first = await ask();
      // The second miss keeps its answer; the third request is a hit.
      const miss = await ask();
      t.statements.length = 0;
      const hit = await ask();
      expect(t.statements).toEqual([]);
      const body = await miss.text();
      expect(await first.text()).toBe(body);
      expect(await hit.text()).toBe(body);
      expect(JSON.parse(body).data.claims.edges.length).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});
