import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeSet, makeUser } from '@attest/classroom/testing';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApi, defaultRateLimits } from '../src/index.ts';
import { signUp } from './attempt-helpers.ts';
import { openTestApi, openTwoTestApis, type TestApi, type TwoTestApis } from './harness.ts';
import { apiWithLimits, postFrom, untilRefused } from './limit-helpers.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);
const gql = (query: string, variables: Record<string, unknown> = {}) => ({ query, variables });
const START = 'mutation ($slug: String!) { startAttempt(slug: $slug) { token } }';
const TYPENAME = gql('{ __typename }');

describe.each(['pglite', 'postgres'] as const)('quotas on %s', (kind) => {
  let t: TestApi;
  let ownerId: string;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    ownerId = (await makeUser(t.db.prisma, 'owner')).id;
  });
  afterAll(() => t.close());

  it('are on by default, counted in the database', async () => {
    await postFrom(t.api, '203.0.113.3', '/graphql', TYPENAME);
    const rows = await t.db.prisma.rateLimit.findMany({
      where: { key: { contains: '203.0.113.3' } },
    });
    expect(rows.map((r) => r.key.split(':')[0])).toContain('graphqlPerClient');
  });

  it('stop one address from flooding a share link with attempts, writing nothing when refused', async () => {
    const set = await makeSet(t.db.prisma, ownerId);
    const slug = set.shareSlug ?? '';
    const answers = await untilRefused(200, () =>
      postFrom(t.api, '198.51.100.20', '/graphql', gql(START, { slug })),
    );
    const refused = answers.at(-1);
    expect(refused?.status).toBe(429);
    expect(answers.length - 1).toBe(defaultRateLimits.attemptsPerLinkAndClient.points);
    expect(refused?.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused?.body.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    expect(refused?.body.errors?.[0]?.message).toMatch(/Too many attempts.*Try again in/);
    expect(Number(refused?.retryAfter)).toBeGreaterThan(0);
    expect(await t.db.prisma.attempt.count({ where: { setId: set.id } })).toBe(answers.length - 1);

    // Another address, and another link from the same address, are not held back.
    expect((await postFrom(t.api, '198.51.100.21', '/graphql', gql(START, { slug }))).status).toBe(
      200,
    );
    const other = await makeSet(t.db.prisma, ownerId);
    const again = await postFrom(
      t.api,
      '198.51.100.20',
      '/graphql',
      gql(START, { slug: other.shareSlug }),
    );
    expect(again.status).toBe(200);
  });

  it('give anonymous GraphQL work a points budget per address, heavier queries costing more', async () => {
    const api = apiWithLimits(t, { graphqlPerClient: { points: 40, seconds: 60 } });
    const heavy = gql('{ claims(first: 100) { edges { node { statement subject { name } } } } }');
    const light = await untilRefused(100, () =>
      postFrom(api, '203.0.113.30', '/graphql', TYPENAME),
    );
    const heavier = await untilRefused(100, () => postFrom(api, '203.0.113.31', '/graphql', heavy));
    expect(light.at(-1)?.status).toBe(429);
    expect(heavier.at(-1)?.status).toBe(429);
    expect(heavier.length).toBeLessThan(light.length);
    expect(heavier.slice(0, -1).every((a) => a.status === 200 && !a.body.errors)).toBe(true);

    const refused = light.at(-1);
    expect(refused?.body.data ?? null).toBeNull();
    expect(refused?.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused?.body.errors?.[0]?.message).toMatch(/budget of 40 points.*Try again in/);
    const retryAfter = Number(refused?.retryAfter);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // A signed-in person on the same address has the account's own budget.
    const { cookie } = await signUp(t, 'budgeted');
    const signedIn = await postFrom(api, '203.0.113.30', '/graphql', gql('{ viewer { name } }'), {
      cookie,
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data).toEqual({ viewer: { name: 'budgeted' } });
  });
});

describe('client addresses over a real socket', () => {
  let t: TestApi;
  const servers: Server[] = [];
  beforeAll(async () => {
    t = await openTestApi('pglite', inject('postgresUrl'), mini);
  });
  afterAll(async () => {
    for (const server of servers) server.close();
    await t.close();
  });

  /**
   * The API on a port, behind nothing: every request comes from 127.0.0.1. In production mode,
   * where loopback clients are charged too, and without the response cache, whose answers are
   * free.
   */
  const serve = async (trustedProxies: string[]) => {
    const api = createApi({
      db: t.db,
      auth: t.auth,
      production: true,
      responseCache: false,
      trustedProxies,
      rateLimits: { graphqlPerClient: { points: 3, seconds: 60 } },
    });
    const server = createServer(api);
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    return (forwardedFor: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify(TYPENAME),
      }).then((r) => r.status);
  };

  it('spare this machine (loopback) outside production, signed out; charge it in production', async () => {
    const statusesOver = async (production: boolean, peer: string) => {
      const api = createApi({
        db: t.db,
        auth: t.auth,
        production,
        responseCache: false,
        rateLimits: { graphqlPerClient: { points: 3, seconds: 60 } },
      });
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await postFrom(api, peer, '/graphql', TYPENAME)).status);
      return statuses;
    };
    expect(await statusesOver(false, '127.0.0.1')).toEqual([200, 200, 200, 200, 200]);
    expect(await statusesOver(false, '::1')).toEqual([200, 200, 200, 200, 200]);
    expect(await statusesOver(false, '::ffff:127.0.0.2')).toEqual([200, 200, 200, 200, 200]);
    expect(await statusesOver(true, '127.0.0.3')).toEqual([200, 200, 200, 429, 429]);
    expect(await statusesOver(true, '::1')).toEqual([200, 200, 200, 429, 429]);
    expect(await statusesOver(false, '198.51.100.77')).toEqual([200, 200, 200, 429, 429]);
  });

  it('ignore X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const from = await serve([]);
    const statuses = [];
    for (let i = 1; i <= 5; i++) statuses.push(await from(`198.51.100.${i}`));
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('honour X-Forwarded-For from a trusted proxy', async () => {
    const from = await serve(['127.0.0.1', '::1']);
    const rotating = [];
    for (let i = 1; i <= 5; i++) rotating.push(await from(`192.0.2.${i}`));
    expect(rotating.every((s) => s === 200)).toBe(true);
    const same = [];
    for (let i = 1; i <= 5; i++) same.push(await from('192.0.2.99'));
    expect(same).toEqual([200, 200, 200, 429, 429]);
  });
});

describe('limits shared by two API nodes over one PostgreSQL database', () => {
  let nodes: TwoTestApis;
  beforeAll(async () => {
    nodes = await openTwoTestApis(inject('postgresUrl'), mini, {
      // The same read repeated: from the cache it would be free.
      responseCache: false,
      rateLimits: { graphqlPerClient: { points: 4, seconds: 60 } },
    });
  });
  afterAll(() => nodes.close());

  it('count one client’s requests wherever they land', async () => {
    const { first, second } = nodes;
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await postFrom((i % 2 ? second : first).api, '203.0.113.60', '/graphql', TYPENAME)).status,
      );
    // Four in all, not four per node.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });
});
