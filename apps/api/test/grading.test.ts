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

describe.each(['pglite', 'postgres'] as const)('grading a class through the API on %s', (kind) => {
  let t: TestApi;
  let owner: { cookie: string; id: string };
  let stranger: { cookie: string; id: string };
  let setId: string;
  let slug: string;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    owner = await signUp(t, 'owner');
    stranger = await signUp(t, 'stranger');
    const set = await makeSet(t.db.prisma, owner.id, { questions: [questions.veto] });
    setId = encodeGlobalID('QuestionSet', set.id);
    slug = set.shareSlug ?? '';
  });
  afterAll(() => t.close());

  const start = (name?: string) =>
    gqlAs<{ startAttempt: Started }>(
      t,
      null,
      'mutation ($slug: String!, $name: String) { startAttempt(slug: $slug, name: $name) { token questions { id prompt } } }',
      { slug, name },
    );

  it('asks learners for a name once the owner says so, and shows it with the attempt', async () => {
    const ask = await gqlAs<{ updateQuestionSet: { settings: { askName: boolean } } }>(
      t,
      owner.cookie,
      'mutation ($id: ID!) { updateQuestionSet(id: $id, settings: { askName: true }) { settings { askName } } }',
      { id: setId },
    );
    expect(ask.data?.updateQuestionSet.settings.askName).toBe(true);
    const shared = await gqlAs<{ sharedQuestionSet: { askName: boolean } }>(
      t,
      null,
      'query ($slug: String!) { sharedQuestionSet(slug: $slug) { askName } }',
      { slug },
    );
    expect(shared.data?.sharedQuestionSet.askName).toBe(true);

    const nameless = await start();
    expect(codes(nameless)).toEqual(['BAD_USER_INPUT']);
    expect(nameless.errors?.[0]?.message).toMatch(/asks for your name/);

    for (const [name, pick] of [
      ['Ana', 'k'],
      ['=HYPERLINK("http://evil.example")', 'l'],
    ] as const) {
      const a = (await start(name)).data?.startAttempt as Started;
      const answered = await gqlAs(
        t,
        null,
        'mutation ($token: String!, $q: ID!, $o: String!) { submitAnswers(token: $token, answers: [{ questionId: $q, optionIds: [$o], key: "a" }]) { id } }',
        { token: a.token, q: a.questions[0]?.id, o: pick },
      );
      expect(answered.errors).toBeUndefined();
      await gqlAs(t, null, 'mutation ($token: String!) { finishAttempt(token: $token) { id } }', {
        token: a.token,
      });
    }
  });

  it('gives the owner each attempt with every answer and its evidence, and no one else', async () => {
    const list = await gqlAs<{
      node: { attempts: { edges: { node: { id: string; learnerName: string } }[] } };
    }>(
      t,
      owner.cookie,
      'query ($id: ID!) { node(id: $id) { ... on QuestionSet { attempts(first: 10) { edges { node { id learnerName } } } } } }',
      { id: setId },
    );
    const ana = list.data?.node.attempts.edges.find((e) => e.node.learnerName === 'Ana')?.node;
    expect(ana).toBeDefined();
    const one = `query ($id: ID!, $attempt: ID!) { node(id: $id) { ... on QuestionSet {
      attempt(id: $attempt) { learnerName score answers { position prompt answered
        options { text correct chosen } result { credit correctAnswer evidence { quote } } } } } } }`;
    const r = await gqlAs<{
      node: {
        attempt: {
          learnerName: string;
          score: number;
          answers: {
            position: number;
            prompt: string;
            options: { text: string; correct: boolean; chosen: boolean }[];
            result: { credit: number; correctAnswer: string; evidence: { quote: string }[] };
          }[];
        };
      };
    }>(t, owner.cookie, one, { id: setId, attempt: ana?.id });
    expect(r.errors).toBeUndefined();
    const [answer] = r.data?.node.attempt.answers ?? [];
    expect(answer).toMatchObject({ position: 1, prompt: questions.veto.prompt });
    expect(answer?.options.filter((o) => o.chosen).map((o) => o.text)).toEqual(['Karl Tesk']);
    expect(answer?.result.credit).toBe(1);
    expect(answer?.result.evidence.length).toBeGreaterThan(0);
    // Another set's attempt, or a stranger asking: nothing.
    expect(codes(await gqlAs(t, stranger.cookie, one, { id: setId, attempt: ana?.id }))).toEqual([
      'NOT_FOUND',
    ]);
    const other = await makeSet(t.db.prisma, owner.id);
    const elsewhere = await gqlAs<{ node: { attempt: unknown } }>(t, owner.cookie, one, {
      id: encodeGlobalID('QuestionSet', other.id),
      attempt: ana?.id,
    });
    expect(elsewhere.data?.node.attempt).toBeNull();
  });

  it('downloads the gradebook: one row per learner, the formula-like name made inert', async () => {
    const file = await t.api.fetch(
      `http://attest/export/${encodeURIComponent(setId)}/gradebook-csv`,
      {
        headers: { cookie: owner.cookie },
      },
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await file.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Name,Student ID,Started,Finished,Q1: Who vetoed the office in Arden?,Total,Out of,Percent',
    );
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.startsWith('Ana,') && l.endsWith(',1,1,1,100'))).toBe(true);
    expect(lines.some((l) => l.startsWith(`"'=HYPERLINK(""http://evil.example"")"`))).toBe(true);
    const theirs = await t.api.fetch(
      `http://attest/export/${encodeURIComponent(setId)}/gradebook-csv`,
      {
        headers: { cookie: stranger.cookie },
      },
    );
    expect(theirs.status).toBe(404);
  });
});
