import type { APIRequestContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, launch, newPage, phone } from './browser.ts';

const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');

/*
 * The hand-computed example of packages/classroom/test/statistics.test.ts, built through the API
 * and read on the results page:
 *
 *   attempt  veto (single)  members (multi)      said (fill-in)        score
 *   P1       Tesk → 1       Arden, Borduria → 1  "Ana Lindström" → 1   3
 *   P2       Tesk → 1       Arden → 0.5          "Karl Tesk"     → 0   1.5
 *   P3       Berg → 0       Arden, Borduria → 1  "nobody"        → 0   1
 *   P4       Holm → 0       Arden, Syldavia → 0  (blank)         → 0   0
 *   P5       (blank)        Syldavia → 0         "ana lindstrom" → 1   1
 *
 * veto: facility 2/5 = 40 %, discrimination 0.70/√2.64 ≈ 0.43.
 * members: facility 2.5/5 = 50 %, discrimination 0.5/√2.8 ≈ 0.30.
 * said: facility 2/5 = 40 %, discrimination 0.2/√3.84 ≈ 0.10.
 * Mean score 6.5/5 = 1.3 points of 3; mean share (1 + 1/2 + 1/3 + 0 + 1/3)/5 = 13/30 ≈ 43 %.
 */
const questions = {
  veto: {
    type: 'SINGLE_CHOICE',
    prompt: 'Who vetoed the office in Arden?',
    options: [
      { text: 'Karl Tesk', correct: true },
      { text: 'Tomas Berg', correct: false },
      { text: 'Mira Holm', correct: false },
    ],
  },
  members: {
    type: 'MULTI_SELECT',
    prompt: 'Which are members of the Alliance?',
    options: [
      { text: 'Arden', correct: true },
      { text: 'Borduria', correct: true },
      { text: 'Syldavia', correct: false },
      { text: 'Carpania', correct: false },
    ],
  },
  said: {
    type: 'FILL_IN',
    prompt: 'Who said the office would open next year?',
    acceptedAnswers: ['Ana Lindström'],
  },
};
type Name = keyof typeof questions;
const plan: Partial<Record<Name, string[] | string>>[] = [
  { veto: ['Karl Tesk'], members: ['Arden', 'Borduria'], said: 'Ana Lindström' },
  { veto: ['Karl Tesk'], members: ['Arden'], said: 'Karl Tesk' },
  { veto: ['Tomas Berg'], members: ['Arden', 'Borduria'], said: 'nobody' },
  { veto: ['Mira Holm'], members: ['Arden', 'Syldavia'] },
  { members: ['Syldavia'], said: 'ana lindstrom' },
];
const expected = {
  veto: { facility: 0.4, discrimination: 0.7 / Math.sqrt(2.64) },
  members: { facility: 0.5, discrimination: 0.5 / Math.sqrt(2.8) },
  said: { facility: 0.4, discrimination: 0.2 / Math.sqrt(3.84) },
};

interface Body<T> {
  data?: T;
  errors?: { message: string }[];
}

/** A GraphQL call as the signed-in instructor (through the web app, with its cookie). */
async function asInstructor<T>(
  request: APIRequestContext,
  query: string,
  variables: object = {},
): Promise<T> {
  const r = await request.post('/graphql', { data: { query, variables } });
  const body = (await r.json()) as Body<T>;
  expect(body.errors, query).toBeUndefined();
  return body.data as T;
}

/** A GraphQL call as an anonymous learner, straight to the API. */
async function asLearner<T>(query: string, variables: object): Promise<T> {
  const r = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as Body<T>;
  expect(body.errors, query).toBeUndefined();
  return body.data as T;
}

interface Started {
  token: string;
  questions: { id: string; prompt: string; options: { id: string; text: string }[] }[];
}

describe('the results page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('shows the hand-computed mean, facility and discrimination, as the API gives them', async () => {
    const { context, page } = await newPage(browser, webUrl);
    const signUp = await page.request.post('/api/auth/sign-up/email', {
      headers: { origin: webUrl },
      data: {
        name: 'Hand Computer',
        email: `hand-${Date.now()}@example.org`,
        password: 'correct horse battery',
      },
    });
    expect(signUp.status()).toBe(200);
    const { createQuestionSet: set } = await asInstructor<{ createQuestionSet: { id: string } }>(
      page.request,
      'mutation { createQuestionSet(title: "Hand-computed") { id } }',
    );
    for (const question of Object.values(questions))
      await asInstructor(
        page.request,
        'mutation ($set: ID!, $q: SetQuestionInput!) { addQuestion(setId: $set, question: $q) { id } }',
        { set: set.id, q: question },
      );
    const { publishQuestionSet } = await asInstructor<{
      publishQuestionSet: { shareSlug: string };
    }>(page.request, 'mutation ($id: ID!) { publishQuestionSet(id: $id) { shareSlug } }', {
      id: set.id,
    });

    for (const answers of plan) {
      const { startAttempt: a } = await asLearner<{ startAttempt: Started }>(
        `mutation ($slug: String!) { startAttempt(slug: $slug) {
          token questions { id prompt options { id text } } } }`,
        { slug: publishQuestionSet.shareSlug },
      );
      const list = Object.entries(answers).map(([name, given], i) => {
        const q = a.questions.find((x) => x.prompt === questions[name as Name].prompt);
        if (!q) throw new Error(`question ${name} not drawn`);
        return typeof given === 'string'
          ? { questionId: q.id, key: `k${i}`, text: given }
          : {
              questionId: q.id,
              key: `k${i}`,
              optionIds: given.map((text) => q.options.find((o) => o.text === text)?.id),
            };
      });
      await asLearner(
        `mutation ($token: String!, $answers: [AttemptAnswerInput!]!) {
          submitAnswers(token: $token, answers: $answers) { id } }`,
        { token: a.token, answers: list },
      );
      await asLearner('mutation ($token: String!) { finishAttempt(token: $token) { score } }', {
        token: a.token,
      });
    }

    // What the API returns.
    const { node } = await asInstructor<{
      node: {
        statistics: {
          meanScore: number;
          maxScore: number;
          meanScoreShare: number;
          questions: {
            question: { prompt: string };
            facilityIndex: number;
            discriminationIndex: number;
          }[];
        };
      };
    }>(
      page.request,
      `query ($id: ID!) { node(id: $id) { ... on QuestionSet { statistics {
        meanScore maxScore meanScoreShare
        questions { question { prompt } facilityIndex discriminationIndex } } } } }`,
      { id: set.id },
    );
    const stats = node.statistics;
    expect(stats.meanScore).toBeCloseTo(1.3, 10);
    expect(stats.maxScore).toBe(3);
    expect(stats.meanScoreShare).toBeCloseTo(13 / 30, 10);
    for (const [name, want] of Object.entries(expected)) {
      const q = stats.questions.find((x) => x.question.prompt === questions[name as Name].prompt);
      expect(q?.facilityIndex, name).toBeCloseTo(want.facility, 10);
      expect(q?.discriminationIndex, name).toBeCloseTo(want.discrimination, 10);
    }

    // What the page shows: the same numbers, as a teacher reads them.
    await page.goto(`/studio/sets/${encodeURIComponent(set.id)}/results`);
    await page.getByText('5 attempts, 5 finished · mean score 1.3 of 3 points (43%)').waitFor();
    for (const [name, want] of Object.entries(expected)) {
      const row = page.getByRole('row').filter({ hasText: questions[name as Name].prompt });
      const cells = await row.getByRole('cell').allInnerTexts();
      expect(cells[2], `${name} facility`).toBe(`${Math.round(want.facility * 100)}%`);
      expect(cells[3], `${name} discrimination`).toBe(want.discrimination.toFixed(2));
    }
    await audit(page, 'set-results-hand-computed');

    // On a phone the table is wider than the screen: said in words, and scrollable by keyboard.
    await page.setViewportSize(phone);
    const table = page.getByRole('region', { name: 'Statistics per question' });
    await expect(table.evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(true);
    await page.getByText('scroll it sideways to see every column').waitFor();
    await table.focus();
    await page.keyboard.press('ArrowRight');
    // Arrow keys scroll smoothly: wait for it to move.
    await table.evaluate(
      (el) =>
        new Promise<void>((resolve, reject) => {
          const until = Date.now() + 5000;
          const check = () =>
            el.scrollLeft > 0
              ? resolve()
              : Date.now() > until
                ? reject(new Error('no scroll'))
                : setTimeout(check, 50);
          check();
        }),
    );
    await audit(page, 'set-results-phone');
    await context.close();
  });
});
