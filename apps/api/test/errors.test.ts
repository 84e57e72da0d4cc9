import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { limits } from '../src/index.ts';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

describe.each(['pglite', 'postgres'] as const)('bad input on %s', (kind) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
  });
  afterAll(() => t.close());

  const failure = async (query: string, variables?: Record<string, unknown>) => {
    const response = await gqlAs(t, null, query, variables);
    expect(response.errors, JSON.stringify(response)).toHaveLength(1);
    const [error] = response.errors ?? [];
    expect(JSON.stringify(error)).not.toMatch(/stack|\.ts:\d+|at async/);
    return { code: error?.extensions?.code, message: error?.message, data: response.data };
  };

  it('an unknown ID', async () => {
    expect(
      await failure('query($id: ID!) { node(id: $id) { id } }', {
        id: encodeGlobalID('Claim', 'no-such-claim'),
      }),
    ).toEqual({
      code: 'NOT_FOUND',
      message: `No Claim has the ID "${encodeGlobalID('Claim', 'no-such-claim')}".`,
      data: { node: null },
    });
    expect(
      await failure('query($a: ID) { claims(subject: $a) { totalCount } }', {
        a: encodeGlobalID('Actor', 'nobody'),
      }),
    ).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No actor has one of the given IDs.',
    });
    expect(await failure('{ claims(predicate: "invented") { totalCount } }')).toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no predicate "invented"; see the predicates query.',
    });
  });

  it('a malformed ID, or an ID of the wrong type', async () => {
    expect(await failure('{ node(id: "not-an-id") { id } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Invalid global ID: not-an-id',
    });
    expect(
      await failure('query($a: ID) { claims(subject: $a) { totalCount } }', {
        a: encodeGlobalID('Source', 'gazette'),
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('is not of type: Actor'),
    });
  });

  it('an ID that decodes to text no database holds (a NUL character)', async () => {
    for (const id of [
      encodeGlobalID('Claim', '\u0000'),
      encodeGlobalID('QuestionSet', 'a\u0000'),
    ]) {
      expect(await failure('query($id: ID!) { node(id: $id) { id } }', { id })).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: `Invalid global ID: ${id}`,
      });
    }
    const actor = encodeGlobalID('Actor', '\u0000');
    expect(
      await failure('query($a: ID) { claims(subject: $a) { totalCount } }', { a: actor }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', message: `Invalid global ID: ${actor}` });
  });

  it('an ID of a type that is no node, or none at all', async () => {
    for (const id of [encodeGlobalID('Nope', '1'), encodeGlobalID('Query', '1')]) {
      expect(await failure('query($id: ID!) { node(id: $id) { id } }', { id })).toMatchObject({
        code: 'NOT_FOUND',
        message: `No ${id === encodeGlobalID('Nope', '1') ? 'Nope' : 'Query'} has the ID "${id}".`,
      });
    }
  });

  it('a variable of the wrong type', async () => {
    expect(
      await failure('query($s: String) { claims(search: $s) { totalCount } }', { s: [] }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^Variable "\$s" got invalid value \[\]/),
    });
    expect(
      await failure('query($n: Int) { sources(first: $n) { totalCount } }', { n: 2 ** 31 }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await failure('query($t: String!) { attempt(token: $t) { status } }', { t: null }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('must not be null'),
    });
  });

  it('a malformed cursor', async () => {
    expect(await failure('{ claims(after: "garbage") { totalCount } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/cursor/i),
    });
    expect(await failure('{ sources(after: "garbage") { totalCount } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Invalid cursor: garbage',
    });
  });

  it('first over the cap, or negative', async () => {
    expect(await failure('{ claims(first: 101) { totalCount } }')).toEqual({
      code: 'BAD_USER_INPUT',
      message: `"first" is 101; at most ${limits.pageSize} items can be asked for at once.`,
      data: undefined,
    });
    expect(
      await failure('query($n: Int) { sources(first: $n) { totalCount } }', { n: 500 }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await failure('{ claims(first: -1) { totalCount } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Argument "first" must be a non-negative integer',
    });
  });

  it('an empty search', async () => {
    for (const search of ['', '   ', '?!']) {
      expect(
        await failure('query($s: String) { claims(search: $s) { totalCount } }', { s: search }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'The search is empty: type at least one word.',
      });
    }
  });

  it('a field that does not exist, named without suggestions in production', async () => {
    expect((await failure('{ sorces { totalCount } }')).message).toMatch(
      /^Cannot query field "sorces" on type "Query"\. Did you mean "sources"/,
    );
    const production = await openTestApi(kind, inject('postgresUrl'), mini, { production: true });
    try {
      const response = await gqlAs(production, null, '{ sorces { totalCount } }');
      expect(response.errors?.[0]?.message).toBe(
        'Cannot query field "sorces" on type "Query". [Suggestion hidden]',
      );
    } finally {
      await production.close();
    }
  });
});

describe('unexpected errors', () => {
  it('are masked: no message from inside, no stack trace', async () => {
    const t = await openTestApi('pglite', inject('postgresUrl'), mini);
    await t.db.close();
    const response = await gqlAs(t, null, '{ sources { totalCount } }');
    expect(response.errors).toEqual([expect.objectContaining({ message: 'Unexpected error.' })]);
    expect(JSON.stringify(response)).not.toMatch(/stack|PGlite|prisma/i);
  });
});
