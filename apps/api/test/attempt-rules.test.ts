import { makeSet, fixtureQuestions as questions } from '@attest/classroom/testing';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

type Errors = { errors?: { message: string; extensions?: { code?: string } }[] };
const refusal = (r: Errors) => r.errors?.map((e) => `${e.extensions?.code}: ${e.message}`) ?? [];

interface Started {
  token: string;
  deadline: string | null;
  questions: { id: string; prompt: string }[];
}

const START = `mutation ($slug: String!, $name: String, $studentId: String, $joinCode: String, $browser: String) {
  startAttempt(slug: $slug, name: $name, studentId: $studentId, joinCode: $joinCode, browser: $browser) {
    token deadline questions { id prompt }
  }
}`;
const SUBMIT = `mutation ($token: String!, $q: ID!, $o: String!, $key: String!) {
  submitAnswers(token: $token, answers: [{ questionId: $q, optionIds: [$o], key: $key }]) {
    status questions { result { correct correctOptionIds explanation evidence { quote } } }
  }
}`;
const READ = `query ($token: String!) {
  attempt(token: $token) { status score finishedAt questions { answered result { correctOptionIds evidence { quote } } } }
}`;
const FINISH = 'mutation ($token: String!) { finishAttempt(token: $token) { status } }';

describe.each(['pglite', 'postgres'] as const)('attempt rules through the API on %s', (kind) => {
  let t: TestApi;
  let owner: { cookie: string; id: string };
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    owner = await signUp(t, 'owner');
  });
  afterAll(() => t.close());

  const newSet = async () => {
    const set = await makeSet(t.db.prisma, owner.id, {
      questions: [questions.veto, questions.plans],
    });
    return { id: encodeGlobalID('QuestionSet', set.id), rowId: set.id, slug: set.shareSlug ?? '' };
  };
  const settle = (id: string, settings: Record<string, unknown>) =>
    gqlAs<{ updateQuestionSet: { settings: Record<string, unknown> } }>(
      t,
      owner.cookie,
      `mutation ($id: ID!, $settings: QuestionSetSettingsInput!) {
        updateQuestionSet(id: $id, settings: $settings) {
          settings { identity attemptsAllowed timeLimitSeconds opensAt closesAt feedback joinCode roster { name studentId } }
        }
      }`,
      { id, settings },
    );
  const start = (slug: string, vars: Record<string, string> = {}, cookie: string | null = null) =>
    gqlAs<{ startAttempt: Started }>(t, cookie, START, { slug, ...vars });

  it('refuses a late answer with TIME_UP and reads the attempt as finished', async () => {
    const set = await newSet();
    const saved = await settle(set.id, {
      timeLimitSeconds: 600,
      identity: 'NAME',
      attemptsAllowed: 1,
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateQuestionSet.settings).toMatchObject({
      identity: 'NAME',
      attemptsAllowed: 1,
      timeLimitSeconds: 600,
    });
    const shared = await gqlAs<{ sharedQuestionSet: Record<string, unknown> }>(
      t,
      null,
      'query ($slug: String!) { sharedQuestionSet(slug: $slug) { identity attemptsAllowed timeLimitSeconds state } }',
      { slug: set.slug },
    );
    expect(shared.data?.sharedQuestionSet).toEqual({
      identity: 'NAME',
      attemptsAllowed: 1,
      timeLimitSeconds: 600,
      state: 'OPEN',
    });

    const a = (await start(set.slug, { name: 'Ana' })).data?.startAttempt as Started;
    expect(a.deadline).not.toBeNull();
    const [first, second] = a.questions;
    await gqlAs(t, null, SUBMIT, { token: a.token, q: first?.id, o: 'k', key: 'one' });
    // The clock can't be moved from outside: the deadline is, as if ten minutes had passed.
    await t.db.prisma.attempt.update({
      where: { token: a.token },
      data: { deadline: new Date(Date.now() - 1000) },
    });
    const late = await gqlAs(t, null, SUBMIT, {
      token: a.token,
      q: second?.id,
      o: 't',
      key: 'two',
    });
    expect(refusal(late)).toEqual([
      expect.stringMatching(
        /^TIME_UP: Time is up: answers stopped counting at .* UTC\. The attempt is finished with the 1 answer given before then\.$/,
      ),
    ]);
    const read = await gqlAs<{ attempt: { status: string; questions: { answered: boolean }[] } }>(
      t,
      null,
      READ,
      { token: a.token },
    );
    expect(read.data?.attempt.status).toBe('FINISHED');
    expect(read.data?.attempt.questions.map((q) => q.answered)).toEqual([true, false]);

    const again = await start(set.slug, { name: 'ana' });
    expect(refusal(again)).toEqual([
      'ATTEMPT_LIMIT_REACHED: You have used all 1 attempt this set allows.',
    ]);
  });

  it('refuses starts outside the open and close dates, saying when', async () => {
    const set = await newSet();
    await settle(set.id, { opensAt: '2999-01-01T09:00:00.000Z' });
    expect(refusal(await start(set.slug))).toEqual([
      'SET_NOT_OPEN: This set opens on 2999-01-01 09:00 UTC: come back then.',
    ]);
    await settle(set.id, { opensAt: null, closesAt: '2001-01-01T09:00:00.000Z' });
    expect(refusal(await start(set.slug))).toEqual([
      'SET_CLOSED: This set closed on 2001-01-01 09:00 UTC.',
    ]);
    const shared = await gqlAs<{ sharedQuestionSet: { state: string } }>(
      t,
      null,
      'query ($slug: String!) { sharedQuestionSet(slug: $slug) { state closesAt } }',
      { slug: set.slug },
    );
    expect(shared.data?.sharedQuestionSet.state).toBe('CLOSED');
  });

  it('never returns right answers or evidence before the chosen time', async () => {
    const closes = new Date(Date.now() + 3_600_000).toISOString();
    for (const feedback of ['AT_END', 'AFTER_CLOSE', 'NEVER'] as const) {
      const set = await newSet();
      const saved = await settle(set.id, { feedback, closesAt: closes });
      expect(saved.errors).toBeUndefined();
      const a = (await start(set.slug)).data?.startAttempt as Started;
      const answered = await gqlAs(t, null, SUBMIT, {
        token: a.token,
        q: a.questions[0]?.id,
        o: 'k',
        key: 'one',
      });
      expect(answered.errors).toBeUndefined();
      // Not a word of the answer, explanation or quote anywhere in the response.
      expect(JSON.stringify(answered)).not.toMatch(/QUOTE-|EXPLANATION-|correctOptionIds":\[/);
      await gqlAs(t, null, FINISH, { token: a.token });
      const done = JSON.stringify(await gqlAs(t, null, READ, { token: a.token }));
      if (feedback === 'AT_END') expect(done).toMatch(/QUOTE-/);
      else expect(done).not.toMatch(/QUOTE-|correctOptionIds":\[/);
      if (feedback === 'AFTER_CLOSE') {
        await t.db.prisma.questionSet.update({
          where: { id: set.rowId },
          data: { closesAt: new Date(Date.now() - 1000) },
        });
        expect(JSON.stringify(await gqlAs(t, null, READ, { token: a.token }))).toMatch(/QUOTE-/);
      }
    }
  });

  it('identifies learners by account, or by the class list and its join code', async () => {
    const signedIn = await newSet();
    await settle(signedIn.id, { identity: 'SIGNED_IN' });
    expect(refusal(await start(signedIn.slug))).toEqual([
      'UNAUTHENTICATED: This set is for signed-in learners: sign in, then start it again.',
    ]);
    const learner = await signUp(t, 'learner');
    expect((await start(signedIn.slug, {}, learner.cookie)).errors).toBeUndefined();

    const rostered = await newSet();
    const bad = await settle(rostered.id, { identity: 'ROSTER', roster: 'Ana, 1\nBea, 1' });
    expect(refusal(bad)).toEqual([
      expect.stringMatching(/^BAD_USER_INPUT: Class list line 2 .*already Ana's/),
    ]);
    const saved = await settle(rostered.id, { identity: 'ROSTER', roster: 'Ana, 1\nBea, 2' });
    const settings = saved.data?.updateQuestionSet.settings ?? {};
    expect(settings.roster).toEqual([
      { name: 'Ana', studentId: '1' },
      { name: 'Bea', studentId: '2' },
    ]);
    const joinCode = String(settings.joinCode);
    expect(refusal(await start(rostered.slug, { joinCode: 'NOPE2345', studentId: '1' }))).toEqual([
      "BAD_USER_INPUT: That join code is not this set's: check it with your teacher.",
    ]);
    expect((await start(rostered.slug, { joinCode, studentId: '2' })).errors).toBeUndefined();
    const list = await gqlAs<{
      node: { attempts: { edges: { node: { learnerName: string; studentId: string } }[] } };
    }>(
      t,
      owner.cookie,
      'query ($id: ID!) { node(id: $id) { ... on QuestionSet { attempts(first: 10) { edges { node { learnerName studentId } } } } } }',
      { id: rostered.id },
    );
    expect(list.data?.node.attempts.edges.map((e) => e.node)).toEqual([
      { learnerName: 'Bea', studentId: '2' },
    ]);
    // The owner's view only: no one else reads the class list or its code.
    const stranger = await signUp(t, 'stranger');
    const peek = await gqlAs(
      t,
      stranger.cookie,
      'query ($id: ID!) { node(id: $id) { ... on QuestionSet { settings { joinCode } } } }',
      { id: rostered.id },
    );
    expect(JSON.stringify(peek)).not.toContain(joinCode);
  });
});
