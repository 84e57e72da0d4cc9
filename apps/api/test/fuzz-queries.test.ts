import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { answer, expectSafe, expectStillServing, FUZZ_SEED } from './fuzz-checks.ts';
import { openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

// A claim's way back to itself, nested: depth grows by two a level.
const deep = fc
  .integer({ min: 1, max: 40 })
  .map(
    (levels) =>
      `{ claims(first: 2) { edges { node { ${'evidence { claim { '.repeat(levels)}key${' } }'.repeat(levels)} } } } }`,
  );

// Many root fields, aliased or not, with page sizes anywhere in Int and beyond.
const wide = fc
  .array(
    fc.tuple(
      fc.boolean(),
      fc.constantFrom('claims', 'actors', 'sources'),
      fc.oneof(fc.integer(), fc.constantFrom(0, 100, 101, 2 ** 31, 2 ** 53, -0)),
    ),
    { minLength: 1, maxLength: 60 },
  )
  .map(
    (fields) =>
      `{ ${fields
        .map(
          ([alias, field, first], i) =>
            `${alias ? `a${i}: ` : ''}${field}(first: ${first}) { totalCount edges { cursor } }`,
        )
        .join(' ')} }`,
  );

// Token soup from GraphQL's own alphabet: mostly syntax errors, sometimes a strange query.
const soup = fc
  .array(
    fc.constantFrom(
      '{',
      '}',
      '(',
      ')',
      '[',
      ']',
      ':',
      '...',
      '$v',
      '@include(if: true)',
      '@skip(if: $v)',
      'query',
      'mutation',
      'subscription',
      'fragment F on Claim',
      '...F',
      'on',
      'claims',
      'node(id: "x")',
      'first: 1',
      'key',
      '__typename',
      '__schema',
      '"\\u0000"',
      '"\\uD800"',
      '"""',
      '#',
      '1e999',
      '-',
      '&',
      '|',
      '=',
    ),
    { maxLength: 80 },
  )
  .map((tokens) => tokens.join(' '));

// Fragments that spread each other, or themselves.
const cycles = fc
  .integer({ min: 1, max: 5 })
  .map(
    (n) =>
      `{ claims(first: 1) { edges { node { ...F0 } } } } ${Array.from(
        { length: n },
        (_, i) => `fragment F${i} on Claim { key ...F${(i + 1) % n} }`,
      ).join(' ')}`,
  );

describe('fuzzed query documents', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi('pglite', inject('postgresUrl'), mini);
  });
  afterAll(() => t.close());

  it('deep, wide, cyclic and malformed queries get a clear refusal or an answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(deep, wide, soup, cycles), async (query) => {
        const body = JSON.stringify({ query, variables: { v: true } });
        const response = await t.api.fetch('http://attest/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json',
            'content-length': String(Buffer.byteLength(body)),
          },
          body,
        });
        expectSafe(await answer(response), query.slice(0, 300));
      }),
      { seed: FUZZ_SEED, numRuns: 400 },
    );
    await expectStillServing(t);
  });
});
