import { makeSet, fixtureQuestions as questions } from '@attest/classroom/testing';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { codes, gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

const ATTEMPT = `
  id token status answeredCount score maxScore startedAt finishedAt
  set { slug title questionCount feedback }
  questions {
    id position type prompt selectMany answered chosenOptionIds answerText
    options { id text }
    result {
      correct credit chosenOptionIds text correctOptionIds correctAnswer explanation
      evidence { quote sourceTitle claim { key } }
    }
  }`;

interface AttemptQuestion {
  id: string;
  prompt: string;
  answered: boolean;
  result: {
    correct: boolean;
    credit: number;
    correctOptionIds: string[];
    correctAnswer: string;
    explanation: string;
    evidence: { quote: string }[];
  } | null;
}
interface Attempt {
  id: string;
  token: string;
  status: string;
  score: number | null;
  maxScore: number;
  answeredCount: number;
  questions: AttemptQuestion[];
}

const questionOf = (a: Attempt, prompt: string) => {
  const q = a.questions.find((x) => x.prompt === prompt);
  if (!q) throw new Error(`no question "${prompt}"`);
  return q;
};

describe.each(['pglite', 'postgres'] as const)('attempts through the API on %s', (kind) => {
  let t: TestApi;
  let owner: { cookie: string; id: string };
  let learner: { cookie: string; id: string };
  let stranger: { cookie: string; id: string };
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    owner = await signUp(t, 'owner');
    learner = await signUp(t, 'learner');
    stranger = await signUp(t, 'stranger');
  });
  afterAll(() => t.close());

  const start = async (cookie: string | null, slug: string) => {
    const r = await gqlAs<{ startAttempt: Attempt }>(
      t,
      cookie,
      `mutation ($slug: String!) { startAttempt(slug: $slug) { ${ATTEMPT} } }`,
      { slug },
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.startAttempt;
  };
  const submit = (token: string, answers: unknown[]) =>
    gqlAs<{ submitAnswers: Attempt }>(
      t,
      null,
      `mutation ($token: String!, $answers: [AttemptAnswerInput!]!) { submitAnswers(token: $token, answers: $answers) { ${ATTEMPT} } }`,
      { token, answers },
    );
  const finish = (token: string) =>
    gqlAs<{ finishAttempt: Attempt }>(
      t,
      null,
      `mutation ($token: String!) { finishAttempt(token: $token) { ${ATTEMPT} } }`,
      { token },
    );

  it('never shows answers, explanations or evidence before the learner may see them', async () => {
    const specs = [questions.veto, questions.members, questions.said];
    const hidden = (json: string) => {
      for (const secret of [
        '"correct',
        'Ana Lindström',
        'EXPLANATION-',
        'QUOTE-',
        'correctOptionIds',
      ])
        expect(json).not.toContain(secret);
    };
    const atEnd = await makeSet(t.db.prisma, owner.id, { questions: specs, feedback: 'AT_END' });
    const attempt = await start(null, atEnd.shareSlug ?? '');
    expect(attempt).toMatchObject({
      status: 'IN_PROGRESS',
      maxScore: 3,
      score: null,
      set: { title: 'Arden quiz', questionCount: 3, feedback: 'AT_END' },
    });
    hidden(JSON.stringify(attempt));
    const answered = await submit(attempt.token, [
      { questionId: questionOf(attempt, questions.veto.prompt).id, optionIds: ['k'], key: '1' },
      {
        questionId: questionOf(attempt, questions.said.prompt).id,
        text: 'ana lindstrom',
        key: '2',
      },
    ]);
    expect(answered.data?.submitAnswers.answeredCount).toBe(2);
    hidden(JSON.stringify(answered));
    const resumed = await gqlAs(
      t,
      null,
      `query ($token: String!) { attempt(token: $token) { ${ATTEMPT} } }`,
      { token: attempt.token },
    );
    hidden(JSON.stringify(resumed));
    const done = (await finish(attempt.token)).data?.finishAttempt;
    expect(done).toMatchObject({ status: 'FINISHED', score: 2 });
    expect(questionOf(done as Attempt, questions.members.prompt).result).toMatchObject({
      correct: false,
      credit: 0,
      correctOptionIds: ['a', 'b'],
      correctAnswer: 'Arden, Borduria',
      explanation: 'EXPLANATION-arden-member',
      evidence: [{ quote: 'QUOTE-arden-member' }],
    });
    expect(questionOf(done as Attempt, questions.said.prompt).result).toMatchObject({
      correct: true,
      correctAnswer: 'Ana Lindström',
    });

    const eachSet = await makeSet(t.db.prisma, owner.id, { questions: specs });
    const each = await start(null, eachSet.shareSlug ?? '');
    hidden(JSON.stringify(each));
    const after = (
      await submit(each.token, [
        { questionId: questionOf(each, questions.veto.prompt).id, optionIds: ['l'], key: 'x' },
      ])
    ).data?.submitAnswers as Attempt;
    expect(questionOf(after, questions.veto.prompt).result).toMatchObject({
      correct: false,
      credit: 0,
      correctOptionIds: ['k'],
      explanation: 'EXPLANATION-tesk-blocked-arden-office',
    });
    // The other questions stay hidden.
    hidden(JSON.stringify(after.questions.filter((q) => q.prompt !== questions.veto.prompt)));
  });

  it('starts anonymously or for the signed-in learner, whose history lists it; only the taker loads it by ID', async () => {
    const set = await makeSet(t.db.prisma, owner.id, { questions: [questions.veto] });
    const anonymous = await start(null, set.shareSlug ?? '');
    const mine = await start(learner.cookie, set.shareSlug ?? '');
    const history = await gqlAs<{ myAttempts: { id: string }[] }>(
      t,
      learner.cookie,
      '{ myAttempts { id } }',
    );
    expect(history.data?.myAttempts[0]?.id).toBe(mine.id);
    expect(history.data?.myAttempts.map((a) => a.id)).not.toContain(anonymous.id);
    expect(codes(await gqlAs(t, null, '{ myAttempts { id } }'))).toEqual(['UNAUTHENTICATED']);

    const byId = `query ($id: ID!) { node(id: $id) { ... on Attempt { token } } }`;
    expect(
      (await gqlAs<{ node: { token: string } }>(t, learner.cookie, byId, { id: mine.id })).data
        ?.node.token,
    ).toBe(mine.token);
    for (const cookie of [null, stranger.cookie, owner.cookie])
      expect(codes(await gqlAs(t, cookie, byId, { id: mine.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await gqlAs(t, learner.cookie, byId, { id: anonymous.id }))).toEqual([
      'NOT_FOUND',
    ]);

    expect(codes(await gqlAs(t, null, 'mutation { startAttempt(slug: "nope") { id } }'))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await gqlAs(t, null, '{ attempt(token: "nope") { id } }'))).toEqual(['NOT_FOUND']);
  });

  it('counts a retried key once, refuses a changed answer, bad answers and late answers, writing nothing', async () => {
    const set = await makeSet(t.db.prisma, owner.id, {
      questions: [questions.veto, questions.members],
    });
    const a = await start(null, set.shareSlug ?? '');
    const veto = questionOf(a, questions.veto.prompt).id;
    const members = questionOf(a, questions.members.prompt).id;
    const answer = { questionId: veto, optionIds: ['k'], key: 'retry-me' };
    const results = await Promise.all([
      submit(a.token, [answer]),
      submit(a.token, [answer]),
      submit(a.token, [answer]),
    ]);
    expect(
      results.map(
        (r) => questionOf(r.data?.submitAnswers as Attempt, questions.veto.prompt).result?.credit,
      ),
    ).toEqual([1, 1, 1]);
    expect(
      await t.db.prisma.answerSubmission.count({ where: { attempt: { token: a.token } } }),
    ).toBe(1);

    const changed = await submit(a.token, [{ questionId: veto, optionIds: ['l'], key: 'another' }]);
    expect(codes(changed)).toEqual(['BAD_USER_INPUT']);
    expect(changed.errors?.[0]?.message).toMatch(/already answered/);

    for (const bad of [
      { questionId: members, optionIds: ['zz'], key: 'b1' },
      { questionId: members, text: 'Arden', key: 'b2' },
      { questionId: 'unknown', optionIds: ['a'], key: 'b3' },
    ]) {
      const r = await submit(a.token, [bad]);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.message).not.toMatch(/Unexpected/);
    }
    const untouched = await gqlAs<{ attempt: Attempt }>(
      t,
      null,
      `query ($token: String!) { attempt(token: $token) { ${ATTEMPT} } }`,
      { token: a.token },
    );
    expect(untouched.data?.attempt.answeredCount).toBe(1);

    const partial = await submit(a.token, [
      { questionId: members, optionIds: ['a', 'c', 'b'], key: 'm' },
    ]);
    expect(
      questionOf(partial.data?.submitAnswers as Attempt, questions.members.prompt).result?.credit,
    ).toBe(0.5);
    expect((await finish(a.token)).data?.finishAttempt).toMatchObject({
      status: 'FINISHED',
      score: 1.5,
    });
    expect(
      codes(await submit(a.token, [{ questionId: members, optionIds: ['a'], key: 'late' }])),
    ).toEqual(['ATTEMPT_FINISHED']);
  });
});
