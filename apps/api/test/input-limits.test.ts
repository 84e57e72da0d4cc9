import { schema } from '@attest/graphql';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { isInputObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { limits } from '../src/index.ts';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);
const { input } = limits;

describe.each(['pglite', 'postgres'] as const)('input limits on %s', (kind) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
  });
  afterAll(() => t.close());

  /** The request's one error, checking it was refused before any SQL ran. */
  const refusal = async (query: string, variables?: Record<string, unknown>) => {
    const before = t.statements.length;
    const response = await gqlAs(t, null, query, variables);
    expect(t.statements.length, 'SQL ran before the refusal').toBe(before);
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors ?? [];
    return { code: error?.extensions?.code, message: error?.message };
  };
  const accepted = async (query: string, variables?: Record<string, unknown>) => {
    const response = await gqlAs(t, null, query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data;
  };

  it('a search longer than its cap, inline or in a variable', async () => {
    const long = 'a'.repeat(99_000);
    expect(await refusal(`{ claims(search: "${long}") { totalCount } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      message: `"search" is 99000 characters; at most ${input.searchLength} are allowed.`,
    });
    expect(
      await refusal('query($s: String) { actors(search: $s) { totalCount } }', {
        s: 'b'.repeat(input.searchLength + 1),
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^"search" is 301/) });
    await accepted('query($s: String) { actors(search: $s) { totalCount } }', {
      s: 'b'.repeat(input.searchLength),
    });
  });

  it('counts characters, not UTF-16 units: emoji and right-to-left text are fine', async () => {
    const emoji = `Tesk ${'😀'.repeat(input.searchLength - 5)}`;
    expect(emoji.length).toBeGreaterThan(input.searchLength);
    await accepted('query($s: String) { actors(search: $s) { totalCount } }', { s: emoji });
    await accepted('query($s: String) { actors(search: $s) { totalCount } }', {
      s: 'طوكيو \u202Eoykot',
    });
  });

  it('any other string argument, and strings nested in input objects and lists', async () => {
    const long = 'p'.repeat(input.stringLength + 1);
    expect(
      await refusal('query($p: String) { claims(predicate: $p) { totalCount } }', { p: long }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: `"predicate" is ${input.stringLength + 1} characters; at most ${input.stringLength} are allowed.`,
    });
    expect(
      await refusal(`{ generateQuestions(input: { predicates: ["said", "${long}"] }) { id } }`),
    ).toMatchObject({ message: expect.stringMatching(/^"input\.predicates\[1\]" is 1001 /) });
    expect(await refusal('query($id: ID!) { node(id: $id) { id } }', { id: long })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^"id" is 1001 /),
    });
  });

  it('a larger cap where the schema needs one', async () => {
    // Refused for being signed out, not for its length: the GIFT text may be long.
    const response = await gqlAs(
      t,
      null,
      'mutation($s: ID!, $g: String!) { importGift(setId: $s, gift: $g) { imported } }',
      {
        s: encodeGlobalID('QuestionSet', 'x'),
        g: '::Q:: Who? {=Tesk ~Lindström}\n\n'.repeat(1_000),
      },
    );
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('a list longer than its cap', async () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => encodeGlobalID('Claim', `c${i}`));
    expect(await refusal('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids })).toEqual({
      code: 'BAD_USER_INPUT',
      message: `"ids" has 5000 items; at most ${input.listLength} are allowed.`,
    });
    expect(
      await refusal(
        `{ generateQuestions(input: { claims: [${Array.from({ length: 101 }, () => '"x"').join(',')}] }) { id } }`,
      ),
    ).toMatchObject({
      message: `"input.claims" has 101 items; at most ${input.listLength} are allowed.`,
    });
  });

  it('a NUL character, inline or in a variable', async () => {
    expect(await refusal('mutation { finishAttempt(token: "\\u0000") { score } }')).toEqual({
      code: 'BAD_USER_INPUT',
      message: '"token" contains a NUL character (U+0000), which text cannot hold.',
    });
    expect(
      await refusal('query($s: String) { actors(search: $s) { totalCount } }', { s: 'NA\u0000TO' }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^"search" contains a NUL/),
    });
    expect(
      await refusal('mutation($t: String!) { createQuestionSet(title: $t) { id } }', {
        t: 'a\u0000',
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^"title" contains a NUL/),
    });
  });

  it('a lone surrogate', async () => {
    expect(
      await refusal('query($s: String) { actors(search: $s) { totalCount } }', {
        s: 'Tokyo\uD800',
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: '"search" contains a lone surrogate (U+D800), which is not valid Unicode text.',
    });
    expect(
      await refusal('query($s: String) { generateQuestions(input: { seed: $s }) { id } }', {
        s: '\uDC00x',
      }),
    ).toMatchObject({
      message: expect.stringMatching(/^"input.seed" contains a lone surrogate \(U\+DC00\)/),
    });
  });
});

describe('input limits configuration', () => {
  it('names only coordinates that exist in the schema', () => {
    const coordinates = [...Object.keys(input.stringLengthOf), ...Object.keys(input.listLengthOf)];
    const missing = coordinates.filter((coordinate) => {
      const argument = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coordinate);
      if (argument) {
        const [, typeName = '', fieldName = '', argName] = argument;
        const type = schema.getType(typeName);
        const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
        return !field?.args.some((a) => a.name === argName);
      }
      const [typeName = '', fieldName = ''] = coordinate.split('.');
      const type = schema.getType(typeName);
      return !(isInputObjectType(type) && type.getFields()[fieldName]);
    });
    expect(missing).toEqual([]);
  });
});
