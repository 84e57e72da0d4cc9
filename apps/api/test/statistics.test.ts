import { makeSet, fixtureQuestions as questions } from '@attest/classroom/testing';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { codes, gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

interface Started {
  token: string;
  questions: { id: string; prompt: string }[];
}

const STATISTICS = `
  attemptCount
  attempts(first: 10) { totalCount edges { node { learnerName status score maxScore answeredCount } } }
  statistics {
    attemptCount finishedCount meanScore maxScore meanScoreShare
    questions {
      question { prompt } answerCount facilityIndex discriminationIndex
      options { optionId text correct count share }
    }
  }`;

/*
 * The hand-computed example of packages/classroom/test/statistics.test.ts, taken through the API:
 *
 *   attempt  veto (single)  members (multi)   said (fill-in)        score
 *   P1       k  → 1         a, b → 1          "Ana Lindström" → 1   3
 *   P2       k  → 1         a    → 0.5        "Karl Tesk"     → 0   1.5
 *   P3       l  → 0         a, b → 1          "nobody"        → 0   1
 *   P4       m  → 0         a, c → 0          (blank)         → 0   0
 *   P5       (blank)        c    → 0          "ana lindstrom" → 1   1
 *
 * veto: facility 2/5 = 0.4, discrimination 0.70/√2.64 ≈ 0.4308; k 2/5, l 1/5, m 1/5.
 * members: facility 2.5/5 = 0.5, discrimination 0.5/√2.8 ≈ 0.2988; a 4/5, b 2/5, c 2/5, d 0.
 * said: facility 2/5 = 0.4, discrimination 0.2/√3.84 ≈ 0.1021.
 * Mean score 6.5/5 = 1.3 points of 3; as shares 1 + 1/2 + 1/3 + 0 + 1/3 = 13/6, mean 13/30 ≈ 43 %
 * (not 130 %: points are no share). A sixth attempt, unfinished, counts as started only.
 */
const plan: Record<string, { optionIds?: string[]; text?: string }>[] = [
  {
    veto: { optionIds: ['k'] },
    members: { optionIds: ['a', 'b'] },
    said: { text: 'Ana Lindström' },
  },
  { veto: { optionIds: ['k'] }, members: { optionIds: ['a'] }, said: { text: 'Karl Tesk' } },
  { veto: { optionIds: ['l'] }, members: { optionIds: ['a', 'b'] }, said: { text: 'nobody' } },
  { veto: { optionIds: ['m'] }, members: { optionIds: ['a', 'c'] } },
  { members: { optionIds: ['c'] }, said: { text: 'ana lindstrom' } },
];

describe.each(['pglite', 'postgres'] as const)('statistics through the API on %s', (kind) => {
  let t: TestApi;
  let owner: { cookie: string; id: string };
  let learner: { cookie: string; id: string };
  let setId: string;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    owner = await signUp(t, 'owner');
    learner = await signUp(t, 'learner');
    const set = await makeSet(t.db.prisma, owner.id, {
      questions: [questions.veto, questions.members, questions.said],
    });
    setId = encodeGlobalID('QuestionSet', set.id);
    const start = async (slug: string, cookie: string | null = null) =>
      (
        await gqlAs<{ startAttempt: Started }>(
          t,
          cookie,
          'mutation ($slug: String!) { startAttempt(slug: $slug) { token questions { id prompt } } }',
          { slug },
        )
      ).data?.startAttempt as Started;
    const answer = async (
      a: Started,
      answers: Record<string, { optionIds?: string[]; text?: string }>,
    ) => {
      const list = Object.entries(answers).map(([name, given], i) => ({
        questionId: a.questions.find(
          (q) => q.prompt === questions[name as keyof typeof questions].prompt,
        )?.id,
        key: `k${i}`,
        ...given,
      }));
      const r = await gqlAs(
        t,
        null,
        'mutation ($token: String!, $answers: [AttemptAnswerInput!]!) { submitAnswers(token: $token, answers: $answers) { id } }',
        { token: a.token, answers: list },
      );
      expect(r.errors).toBeUndefined();
    };
    const finish = (a: Started) =>
      gqlAs(t, null, 'mutation ($token: String!) { finishAttempt(token: $token) { score } }', {
        token: a.token,
      });
    for (const [i, answers] of plan.entries()) {
      const a = await start(set.shareSlug ?? '', i === 0 ? learner.cookie : null);
      await answer(a, answers);
      await finish(a);
    }
    await answer(await start(set.shareSlug ?? ''), { veto: { optionIds: ['m'] } });
    // Another set of the owner's: one right answer about the Alliance's plan.
    const other = await makeSet(t.db.prisma, owner.id, { questions: [questions.plans] });
    const o = await start(other.shareSlug ?? '');
    await answer(o, { plans: { optionIds: ['t'] } });
    await finish(o);
    // A stranger's set: not counted in the owner's missed facts.
    const strangerSet = await makeSet(t.db.prisma, learner.id, { questions: [questions.plans] });
    const s = await start(strangerSet.shareSlug ?? '');
    await answer(s, { plans: { optionIds: ['f'] } });
    await finish(s);
  });
  afterAll(() => t.close());

  it('gives the owner the hand-computed statistics', async () => {
    const r = await gqlAs<{ node: Record<string, never> }>(
      t,
      owner.cookie,
      `query ($id: ID!) { node(id: $id) { ... on QuestionSet { ${STATISTICS} } } }`,
      { id: setId },
    );
    expect(r.errors).toBeUndefined();
    const node = r.data?.node as unknown as {
      attemptCount: number;
      attempts: {
        totalCount: number;
        edges: { node: { learnerName: string | null; status: string; score: number | null } }[];
      };
      statistics: {
        attemptCount: number;
        finishedCount: number;
        meanScore: number;
        maxScore: number | null;
        meanScoreShare: number;
        questions: {
          question: { prompt: string };
          answerCount: number;
          facilityIndex: number;
          discriminationIndex: number;
          options: { optionId: string; correct: boolean; count: number; share: number }[];
        }[];
      };
    };
    expect(node.attemptCount).toBe(6);
    expect(node.attempts.totalCount).toBe(6);
    expect(node.attempts.edges[0]?.node).toMatchObject({
      status: 'IN_PROGRESS',
      score: null,
      learnerName: null,
    });
    expect(node.attempts.edges.at(-1)?.node).toMatchObject({
      status: 'FINISHED',
      score: 3,
      learnerName: 'learner',
    });
    const s = node.statistics;
    expect([s.attemptCount, s.finishedCount]).toEqual([6, 5]);
    expect(s.meanScore).toBeCloseTo(1.3, 10);
    expect(s.maxScore).toBe(3);
    expect(s.meanScoreShare).toBeCloseTo(13 / 30, 10);
    const [veto, members, said] = s.questions;
    expect(s.questions.map((q) => q.question.prompt)).toEqual([
      questions.veto.prompt,
      questions.members.prompt,
      questions.said.prompt,
    ]);
    expect(s.questions.map((q) => q.answerCount)).toEqual([5, 5, 5]);
    expect(veto?.facilityIndex).toBeCloseTo(0.4, 10);
    expect(veto?.discriminationIndex).toBeCloseTo(0.7 / Math.sqrt(2.64), 10);
    expect(veto?.options.map((o) => [o.optionId, o.correct, o.count, o.share])).toEqual([
      ['k', true, 2, 0.4],
      ['l', false, 1, 0.2],
      ['m', false, 1, 0.2],
    ]);
    expect(members?.facilityIndex).toBeCloseTo(0.5, 10);
    expect(members?.discriminationIndex).toBeCloseTo(0.5 / Math.sqrt(2.8), 10);
    expect(members?.options.map((o) => [o.optionId, o.count, o.share])).toEqual([
      ['a', 4, 0.8],
      ['b', 2, 0.4],
      ['c', 2, 0.4],
      ['d', 0, 0],
    ]);
    expect(said?.facilityIndex).toBeCloseTo(0.4, 10);
    expect(said?.discriminationIndex).toBeCloseTo(0.2 / Math.sqrt(3.84), 10);
  });

  it('lists the claims and actors the owner’s learners miss most, across the owner’s sets only', async () => {
    const claims = await gqlAs<{
      missedClaims: {
        claim: { key: string };
        answerCount: number;
        wrongCount: number;
        wrongShare: number;
      }[];
    }>(
      t,
      owner.cookie,
      '{ missedClaims(first: 10) { claim { key } answerCount wrongCount wrongShare } }',
    );
    // Each of the three questions was missed in 3 of 5 finished attempts; the plan was never missed.
    expect(
      claims.data?.missedClaims.map((m) => [
        m.claim.key,
        m.answerCount,
        m.wrongCount,
        m.wrongShare,
      ]),
    ).toEqual([
      ['arden-member', 5, 3, 0.6],
      ['lindstrom-said-next-year', 5, 3, 0.6],
      ['tesk-blocked-arden-office', 5, 3, 0.6],
      ['alliance-plans-arden-office', 1, 0, 0],
    ]);
    const actors = await gqlAs<{
      missedActors: { actor: { name: string }; answerCount: number; wrongCount: number }[];
    }>(
      t,
      owner.cookie,
      '{ missedActors(first: 3) { actor { name } answerCount wrongCount wrongShare } }',
    );
    // The Alliance and its Arden office also appear in the plan's claim, answered right: 3 of 6.
    expect(actors.data?.missedActors).toEqual([
      { actor: { name: 'Ana Lindström' }, answerCount: 5, wrongCount: 3, wrongShare: 0.6 },
      { actor: { name: 'Arden' }, answerCount: 5, wrongCount: 3, wrongShare: 0.6 },
      { actor: { name: 'Karl Tesk' }, answerCount: 5, wrongCount: 3, wrongShare: 0.6 },
    ]);
    const all = await gqlAs<{ missedActors: { actor: { name: string }; answerCount: number }[] }>(
      t,
      owner.cookie,
      '{ missedActors { actor { name } answerCount } }',
    );
    expect(all.data?.missedActors.slice(3)).toEqual([
      { actor: { name: 'The Alliance' }, answerCount: 6 },
      { actor: { name: 'Alliance office in Arden' }, answerCount: 6 },
    ]);
    expect(
      codes(await gqlAs(t, owner.cookie, '{ missedClaims(first: 0) { wrongCount } }')),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('shows nothing to strangers, learners or the signed-out', async () => {
    const query = `query ($id: ID!) { node(id: $id) { ... on QuestionSet { statistics { attemptCount } } } }`;
    for (const cookie of [learner.cookie, null])
      expect(codes(await gqlAs(t, cookie, query, { id: setId }))).toEqual(['NOT_FOUND']);
    // The learner owns a set too: their missed facts are their own set's, not the owner's.
    const learnerMissed = await gqlAs<{
      missedClaims: { claim: { key: string }; wrongCount: number }[];
    }>(t, learner.cookie, '{ missedClaims { claim { key } wrongCount } }');
    expect(learnerMissed.data?.missedClaims).toEqual([
      { claim: { key: 'alliance-plans-arden-office' }, wrongCount: 1 },
    ]);
    const stranger = await signUp(t, 'stranger');
    expect(codes(await gqlAs(t, stranger.cookie, query, { id: setId }))).toEqual(['NOT_FOUND']);
    expect(
      (
        await gqlAs<{ missedClaims: unknown[] }>(
          t,
          stranger.cookie,
          '{ missedClaims { wrongCount } }',
        )
      ).data?.missedClaims,
    ).toEqual([]);
    for (const field of ['missedClaims', 'missedActors'])
      expect(codes(await gqlAs(t, null, `{ ${field} { wrongCount } }`))).toEqual([
        'UNAUTHENTICATED',
      ]);
  });
});
