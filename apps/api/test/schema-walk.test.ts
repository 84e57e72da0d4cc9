import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';
import { type WalkReport, walkSchema } from './schema-walk.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

const expectClean = (report: WalkReport) => {
  expect(report.failures).toEqual([]);
  const unread = [...report.reachable].filter((f) => !report.read.has(f) && !report.skipped.has(f));
  expect(unread).toEqual([]);
};

describe.each(['pglite', 'postgres'] as const)('every field, read on %s', (kind) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
  });
  afterAll(() => t.close());

  it('signed out', async () => {
    const report = await walkSchema((query) => gqlAs(t, null, query));
    expectClean(report);
  });

  it('signed in, with a published question set, an attempt on it and a hand-written question', async () => {
    const { cookie } = await signUp(t, 'walker');
    const as = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const response = await gqlAs<T>(t, cookie, query, variables);
      expect(response.errors).toBeUndefined();
      return response.data as T;
    };
    const { generateQuestions } = await as<{ generateQuestions: { id: string }[] }>(
      '{ generateQuestions(input: { count: 3 }) { id } }',
    );
    const { createQuestionSet: set } = await as<{ createQuestionSet: { id: string } }>(
      'mutation { createQuestionSet(title: "Walked", description: "Every field") { id } }',
    );
    await as(
      `mutation($set: ID!, $ids: [ID!]!) {
        addGeneratedQuestions(setId: $set, questionIds: $ids) { id }
        addQuestion(setId: $set, question: { type: SINGLE_CHOICE, prompt: "Who vetoed it?",
          options: [{ text: "Karl Tesk", correct: true }, { text: "Ana Lindström", correct: false }] }) { id }
      }`,
      { set: set.id, ids: generateQuestions.map((q) => q.id) },
    );
    const { publishQuestionSet } = await as<{ publishQuestionSet: { shareSlug: string } }>(
      'mutation($set: ID!) { publishQuestionSet(id: $set) { shareSlug } }',
      { set: set.id },
    );
    const { startAttempt } = await as<{
      startAttempt: { token: string; questions: { id: string; options: { id: string }[] }[] };
    }>(
      'mutation($slug: String!) { startAttempt(slug: $slug) { token questions { id options { id } } } }',
      {
        slug: publishQuestionSet.shareSlug,
      },
    );
    const [question] = startAttempt.questions;
    await as(
      `mutation($token: String!, $answers: [AttemptAnswerInput!]!) {
        submitAnswers(token: $token, answers: $answers) { answeredCount }
        finishAttempt(token: $token) { score }
      }`,
      {
        token: startAttempt.token,
        answers: [{ questionId: question?.id, optionIds: [question?.options[0]?.id], key: 'k1' }],
      },
    );

    const report = await walkSchema((query) => gqlAs(t, cookie, query));
    expectClean(report);
    // Signed in, with a set and an attempt, every root field has what it needs.
    expect([...report.skipped]).toEqual([]);
  });
});
