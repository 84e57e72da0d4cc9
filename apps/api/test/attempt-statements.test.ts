import { fixtureQuestions, makeSet } from '@attest/classroom/testing';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

/** `n` single-choice questions, each its own prompt. */
const questions = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ ...fixtureQuestions.veto, prompt: `Veto ${i + 1}?` }));

interface Started {
  token: string;
  questions: { id: string }[];
}

describe.each(['pglite', 'postgres'] as const)('learner flow statements on %s', (kind) => {
  let t: TestApi;
  let ownerId: string;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    ownerId = (await signUp(t, 'owner')).id;
  });
  afterAll(() => t.close());

  /** Statements one request sends; fails on any GraphQL error. */
  const count = async (query: string, variables: Record<string, unknown>) => {
    t.statements.length = 0;
    const r = await gqlAs(t, null, query, variables);
    expect(r.errors).toBeUndefined();
    return { statements: t.statements.length, data: r.data as Record<string, unknown> };
  };
  const start = async (size: number) => {
    const set = await makeSet(t.db.prisma, ownerId, { questions: questions(size) });
    const r = await count(
      'mutation ($slug: String!) { startAttempt(slug: $slug) { token questions { id } } }',
      { slug: set.shareSlug },
    );
    return { statements: r.statements, attempt: r.data.startAttempt as Started };
  };
  const submit = (token: string, ids: readonly string[]) =>
    count(
      'mutation ($token: String!, $answers: [AttemptAnswerInput!]!) { submitAnswers(token: $token, answers: $answers) { answeredCount } }',
      {
        token,
        answers: ids.map((questionId) => ({ questionId, optionIds: ['k'], key: questionId })),
      },
    );
  const finish = (token: string) =>
    count('mutation ($token: String!) { finishAttempt(token: $token) { status score } }', {
      token,
    });

  it('starting, submitting and finishing cost the same statements for 1 answer and for 10', async () => {
    const small = await start(1);
    const large = await start(10);
    expect(large.attempt.questions).toHaveLength(10);
    expect(large.statements).toBe(small.statements);

    const one = await submit(small.attempt.token, [small.attempt.questions[0]?.id ?? '']);
    const ten = await submit(
      large.attempt.token,
      large.attempt.questions.map((q) => q.id),
    );
    expect([one.data.submitAnswers, ten.data.submitAnswers]).toEqual([
      { answeredCount: 1 },
      { answeredCount: 10 },
    ]);
    expect(ten.statements).toBe(one.statements);

    // A retry of the same keys is recognised in fewer statements still, and changes nothing.
    const retry = await submit(
      large.attempt.token,
      large.attempt.questions.map((q) => q.id),
    );
    expect(retry.data.submitAnswers).toEqual({ answeredCount: 10 });
    expect(retry.statements).toBeLessThanOrEqual(ten.statements);

    const done = [await finish(small.attempt.token), await finish(large.attempt.token)];
    expect(done.map((d) => d.data.finishAttempt)).toEqual([
      { status: 'FINISHED', score: 1 },
      { status: 'FINISHED', score: 10 },
    ]);
    expect(done[1]?.statements).toBe(done[0]?.statements);
    console.info(
      `${kind}: start ${large.statements}, submit ${ten.statements}, finish ${done[1]?.statements} statements`,
    );
  });
});
