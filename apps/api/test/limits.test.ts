import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/body-limit.ts';
import { limits } from '../src/index.ts';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

describe('limits against abusive queries', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi('pglite', inject('postgresUrl'), mini);
  });
  afterAll(() => t.close());

  const rejected = async (query: string) => {
    const response = await gqlAs(t, null, query);
    expect(response.data ?? null).toBeNull();
    return response.errors?.map((e) => e.message) ?? [];
  };

  it('depth', async () => {
    let deep = 'key';
    for (let i = 0; i < 6; i++) deep = `evidence { claim { ${deep} } }`;
    expect(await rejected(`{ claims(first: 1) { edges { node { ${deep} } } } }`)).toEqual([
      expect.stringContaining(`Query depth limit of ${limits.depth} exceeded`),
    ]);
  });

  it('aliases', async () => {
    const aliases = Array.from(
      { length: limits.aliases + 1 },
      (_, i) => `a${i}: predicates { key }`,
    ).join(' ');
    expect(await rejected(`{ ${aliases} }`)).toEqual([
      expect.stringContaining(`Aliases limit of ${limits.aliases} exceeded`),
    ]);
  });

  it('tokens', async () => {
    const fields = Array.from({ length: limits.tokens }, () => 'key').join(' ');
    expect(await rejected(`{ predicates { ${fields} } }`)).toEqual([
      expect.stringContaining(`Token limit of ${limits.tokens} exceeded`),
    ]);
  });

  it('directives', async () => {
    const directives = Array.from(
      { length: limits.directives + 1 },
      () => '@include(if: true)',
    ).join(' ');
    expect(await rejected(`{ predicates { key ${directives} } }`)).toEqual([
      expect.stringContaining(`Directives limit of ${limits.directives} exceeded`),
    ]);
  });

  it('cost', async () => {
    const heavy =
      'edges { node { statement evidence { quote source { title text publisher } claim { statement subject { name } object { name } } } } }';
    const fields = Array.from(
      { length: 14 },
      (_, i) => `c${i}: claims(first: 100) { ${heavy} }`,
    ).join(' ');
    expect(await rejected(`{ ${fields} }`)).toEqual([
      expect.stringContaining(`Query Cost limit of ${limits.cost} exceeded`),
    ]);
  });

  it('cost: fragments cost what the same fields written in place cost', async () => {
    const fields =
      'statement evidence { quote source { title publisher } claim { statement subject { name } } }';
    const inPlace = `{ claims(first: 5) { edges { node { ${fields} } } } }`;
    // Each fragment only passes the selection on: eight of them, nested, select the same fields.
    const depth = 8;
    const fragments = Array.from({ length: depth }, (_, i) =>
      i === depth - 1
        ? `fragment F${i} on Claim { ${fields} }`
        : `fragment F${i} on Claim { ...F${i + 1} }`,
    ).join(' ');
    const spread = `{ claims(first: 5) { edges { node { ...F0 } } } } ${fragments}`;
    const [a, b] = [await gqlAs(t, null, inPlace), await gqlAs(t, null, spread)];
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data).toEqual(a.data);
  });

  it('request body size', async () => {
    const query = `{ predicates { key } } # ${'x'.repeat(MAX_BODY_BYTES)}`;
    const body = JSON.stringify({ query });
    const response = await t.api.fetch('http://attest/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `The request body is ${Buffer.byteLength(body)} bytes; the limit is ${MAX_BODY_BYTES}.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });
});

describe('production defaults', () => {
  let dev: TestApi;
  let production: TestApi;
  beforeAll(async () => {
    dev = await openTestApi('pglite', inject('postgresUrl'), mini);
    production = await openTestApi('pglite', inject('postgresUrl'), mini, { production: true });
  });
  afterAll(async () => {
    await dev.close();
    await production.close();
  });

  const graphiql = (t: TestApi) =>
    t.api.fetch('http://attest/graphql', { headers: { accept: 'text/html' } });

  it('GraphiQL in development, with the example queries; not in production', async () => {
    const page = await graphiql(dev);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('WhoMakesUpTheAP4');
    expect((await graphiql(production)).headers.get('content-type') ?? '').not.toContain(
      'text/html',
    );
  });

  it('introspection in development; refused in production unless enabled', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await gqlAs(dev, null, query)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect((await gqlAs(production, null, query)).errors?.[0]?.message).toMatch(/introspection/i);
    const enabled = await openTestApi('pglite', inject('postgresUrl'), mini, {
      production: true,
      introspection: true,
    });
    try {
      expect((await gqlAs(enabled, null, query)).data).toEqual({
        __schema: { queryType: { name: 'Query' } },
      });
    } finally {
      await enabled.close();
    }
  });

  it('CSRF: a simple cross-site GET is refused without a preflight header', async () => {
    const url = `http://attest/graphql?query=${encodeURIComponent('{ predicates { key } }')}`;
    expect((await production.api.fetch(url)).status).toBe(403);
    const allowed = await production.api.fetch(url, {
      headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json' },
    });
    expect(allowed.status).toBe(200);
  });

  it('/healthz checks the database', async () => {
    const ok = await dev.api.fetch('http://attest/healthz');
    expect([ok.status, await ok.json()]).toEqual([200, { status: 'ok', database: 'pglite' }]);
    const broken = await openTestApi('pglite', inject('postgresUrl'), mini);
    await broken.db.close();
    const down = await broken.api.fetch('http://attest/healthz');
    expect([down.status, await down.json()]).toEqual([
      503,
      { status: 'degraded', database: 'pglite', problem: 'The database does not answer.' },
    ]);
    expect(down.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
