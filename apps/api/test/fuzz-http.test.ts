import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { answer, expectSafe, expectStillServing, FUZZ_SEED } from './fuzz-checks.ts';
import { oddString, oddValue } from './fuzz-inputs.ts';
import { openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/graphql',
  'application/graphql-response+json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'text/plain',
  'application/xml',
  '',
  '*/*',
);
const accepts = fc.constantFrom(
  'application/json',
  'application/graphql-response+json',
  'text/event-stream',
  'multipart/mixed',
  'text/html',
  '*/*',
  '',
);

const query = fc.oneof(
  fc.constantFrom('{ __typename }', '{ claims(first: 1) { totalCount } }', 'mutation { x }'),
  oddString,
);

// A body of the right shape with odd members, JSON of the wrong shape, or not JSON at all.
const body = fc.oneof(
  fc
    .record(
      {
        query: fc.oneof(query, oddValue),
        variables: oddValue,
        extensions: oddValue,
        operationName: oddValue,
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.array(fc.record({ query }), { maxLength: 3 }).map((v) => JSON.stringify(v)),
  oddString,
  fc
    .tuple(query, oddString)
    .map(([q, variables]) => new URLSearchParams({ query: q, variables }).toString()),
  fc
    .tuple(oddString, oddString)
    .map(
      ([operations, map]) =>
        `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
        `--x\r\nContent-Disposition: form-data; name="map"\r\n\r\n${map}\r\n--x--\r\n`,
    ),
);

// GET parameters, each left out or odd; URLSearchParams encodes whatever they hold.
const getParams = fc.record(
  { query, variables: oddString, extensions: oddString, operationName: oddString },
  { requiredKeys: [] },
);

describe('fuzzed HTTP requests', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi('pglite', inject('postgresUrl'), mini);
  });
  afterAll(() => t.close());

  it('POST, PUT and PATCH bodies of any shape and content type', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'),
        contentTypes,
        accepts,
        body,
        async (method, contentType, accept, text) => {
          const response = await t.api.fetch('http://attest/graphql', {
            method,
            headers: {
              'content-type': contentType,
              accept,
              'content-length': String(Buffer.byteLength(text)),
              'x-graphql-yoga-csrf': '1',
            },
            body: text,
          });
          expectSafe(await answer(response), `${method} ${contentType} ${text.slice(0, 200)}`);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
    await expectStillServing(t);
  });

  it('GET with any parameters', async () => {
    await fc.assert(
      fc.asyncProperty(getParams, accepts, async (params, accept) => {
        const search = new URLSearchParams(params as Record<string, string>).toString();
        const response = await t.api.fetch(`http://attest/graphql?${search}`, {
          headers: { accept, 'x-graphql-yoga-csrf': '1' },
        });
        // GraphiQL's page is not an answer to the request's content.
        if ((response.headers.get('content-type') ?? '').startsWith('text/html')) return;
        expectSafe(await answer(response), `GET ?${search.slice(0, 200)}`);
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
    await expectStillServing(t);
  });
});
