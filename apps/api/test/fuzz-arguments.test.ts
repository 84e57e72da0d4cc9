import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { answer, expectSafe, expectStillServing, FUZZ_SEED } from './fuzz-checks.ts';
import { oddCursor, oddGlobalId, oddString, oddValue } from './fuzz-inputs.ts';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

/**
 * Operations that take text, IDs and cursors, down to the database: searches, lookups by ID,
 * token and slug, and (signed in) writes that store what was typed. `$set` is the signed-in
 * user's own question set, so the writes really run.
 */
const operations = [
  'query($v: String) { claims(search: $v, first: 2) { totalCount edges { node { statement } } } }',
  'query($v: String) { actors(search: $v, first: 2) { totalCount } }',
  'query($v: String) { claims(predicate: $v) { totalCount } }',
  'query($v: ID) { claims(subject: $v, speaker: $v) { totalCount } }',
  'query($v: ID!) { node(id: $v) { id } }',
  'query($v: [ID!]!) { nodes(ids: $v) { id } }',
  'query($v: String) { claims(after: $v, first: 2) { totalCount } }',
  'query($v: String) { sources(before: $v, last: 2) { totalCount } }',
  'query($v: String!) { attempt(token: $v) { status } }',
  'query($v: String!) { sharedQuestionSet(slug: $v) { title } }',
  'query($v: ID!) { checkAnswer(questionId: $v, answer: { text: "Tesk" }) { correct } }',
  'query($v: String) { checkAnswer(questionId: "x", answer: { text: $v }, seed: $v) { correct } }',
  'query($v: GenerateQuestionsInput) { generateQuestions(input: $v) { id } }',
  'query($v: String) { generateQuestions(input: { seed: $v, count: 2 }) { id } }',
  'mutation($v: String!) { finishAttempt(token: $v) { score } }',
  'mutation($v: String!) { startAttempt(slug: $v) { token } }',
  'mutation($v: String!) { createQuestionSet(title: $v, description: $v) { id } }',
  'mutation($v: String, $set: ID!) { updateQuestionSet(id: $set, title: $v, description: $v) { id } }',
  'mutation($v: String!, $set: ID!) { importGift(setId: $set, gift: $v) { imported } }',
  `mutation($v: String!, $set: ID!) { addQuestion(setId: $set, question: {
    type: SINGLE_CHOICE, prompt: $v, explanation: $v,
    options: [{ text: $v, correct: true }, { text: "other", correct: false }] }) { id } }`,
  'mutation($v: [ID!]!, $set: ID!) { addGeneratedQuestions(setId: $set, questionIds: $v) { id } }',
  'mutation($v: ID!) { deleteQuestionSet(id: $v) }',
];

const RUNS = 30;

// An input object with each of its fields odd or missing.
const generateInput = fc.record(
  {
    actors: fc.array(oddGlobalId, { maxLength: 3 }),
    claims: fc.array(oddGlobalId, { maxLength: 3 }),
    sources: fc.array(oddGlobalId, { maxLength: 3 }),
    predicates: fc.array(oddString, { maxLength: 3 }),
    seed: oddString,
    count: fc.oneof(fc.integer(), oddValue),
    types: fc.array(fc.oneof(fc.constantFrom('SINGLE_CHOICE', 'FILL_IN'), oddString)),
  },
  { requiredKeys: [] },
);

/**
 * The value for `$v`: mostly of the type the operation declares (odd text, global IDs, cursors,
 * lists of IDs, input objects), sometimes any JSON at all.
 */
function variableFor(query: string): fc.Arbitrary<unknown> {
  const declared = /\$v: ([^,)]+)/.exec(query)?.[1] ?? '';
  const typed = declared.startsWith('[')
    ? fc.array(oddGlobalId, { maxLength: 4 })
    : declared.startsWith('ID')
      ? oddGlobalId
      : declared.startsWith('GenerateQuestionsInput')
        ? generateInput
        : /after|before/.test(query)
          ? oddCursor
          : oddString;
  return fc.oneof({ weight: 4, arbitrary: typed }, { weight: 1, arbitrary: oddValue });
}

describe.each(['pglite', 'postgres'] as const)('fuzzed arguments on %s', (kind) => {
  let t: TestApi;
  let cookie: string;
  let set: string;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    cookie = (await signUp(t, 'fuzzer')).cookie;
    const created = await gqlAs<{ createQuestionSet: { id: string } }>(
      t,
      cookie,
      'mutation { createQuestionSet(title: "Fuzzed") { id } }',
    );
    set = created.data?.createQuestionSet.id ?? '';
  });
  afterAll(() => t.close());

  // Each operation gets its own runs, so a rare combination (an ID decoding to a NUL) is met.
  const named = operations.map((query) => [query.match(/\{\s*(\w+)/)?.[1] ?? query, query]);
  it.each(named)('%s: a clear error or data, never a 5xx or internals', async (_name, query) => {
    await fc.assert(
      fc.asyncProperty(variableFor(query), fc.boolean(), async (v, signedIn) => {
        const body = JSON.stringify({ query, variables: { v, set } });
        const response = await t.api.fetch('http://attest/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            accept: 'application/graphql-response+json',
            ...(signedIn ? { cookie } : {}),
          },
          body,
        });
        expectSafe(await answer(response), body.slice(0, 300));
      }),
      // One fixed seed per operation, so they do not all draw the same values.
      { seed: FUZZ_SEED + operations.indexOf(query), numRuns: RUNS },
    );
    await expectStillServing(t);
  });
});
