import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, desktop, launch, newPage, phone } from './browser.ts';
import { gql, publishSet, teacherWithSet } from './teacher.ts';

const webUrl = inject('webUrl');

const questions = [
  {
    type: 'SINGLE_CHOICE',
    prompt: 'Where was the liaison office to open?',
    options: [
      { text: 'Tokyo', correct: true },
      { text: 'Seoul', correct: false },
    ],
  },
  {
    type: 'SINGLE_CHOICE',
    prompt: 'Which country opposed the office?',
    options: [
      { text: 'France', correct: true },
      { text: 'Japan', correct: false },
    ],
  },
];

/** A datetime-local input's value for a moment `days` from now, in the browser's time zone. */
const localInput = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

describe('an instructor setting attempt rules, and learners meeting them', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('a class list with a join code, one attempt each, a time limit: refusals in plain words', async () => {
    const { context, page } = await newPage(browser, webUrl);
    const { setPath } = await teacherWithSet(page, webUrl, {
      name: 'Rules Teacher',
      title: 'Liaison office, week 2',
      questions,
    });

    await page.goto(setPath);
    // A class list chosen without the list is refused next to the form, saying what is missing.
    await page.getByLabel('A class list: learners give the join code and their student ID').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/needs its list/).waitFor();

    await page
      .getByLabel('Class list', { exact: true })
      .fill('Ana Lindqvist, 1042\nBo Chen; 1043\n');
    await page.getByLabel(/Attempts per learner/).fill('1');
    await page.getByLabel(/Time limit in minutes/).fill('20');
    await page.getByLabel(/^Closes/).fill(localInput(7));
    await page.getByLabel('When the attempt is finished').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    const joinCode = (await page.getByTestId('join-code').textContent())?.trim() ?? '';
    expect(joinCode).toMatch(/^[A-Z2-9]{8}$/);
    await expect(page.getByLabel(/Attempts per learner/).inputValue()).resolves.toBe('1');
    await audit(page, 'studio-attempt-rules');
    const link = await publishSet(page);

    // A learner on a phone reads the rules and what is shared, then joins with the code.
    const ana = await newPage(browser, webUrl, phone);
    await ana.page.goto(link);
    await ana.page.getByText('Time limit: 20 minutes from when you start.').waitFor();
    await ana.page.getByText('You may take it once.').waitFor();
    await ana.page.getByText(/name and student ID as they are on the class list/).waitFor();
    await audit(ana.page, 'shared-set-roster');
    await ana.page.getByLabel('Join code').fill('WRONG234');
    await ana.page.getByLabel('Your student ID').fill('1042');
    await ana.page.getByRole('button', { name: 'Start' }).click();
    await ana.page
      .getByRole('alert')
      .getByText(/join code is not this set's/)
      .waitFor();
    await ana.page.getByLabel('Join code').fill(joinCode.toLowerCase());
    await ana.page.getByRole('button', { name: 'Start' }).click();
    await ana.page.getByText('Question 1 of 2').waitFor();
    await expect(ana.page.getByRole('timer').textContent()).resolves.toMatch(/^(20:00|19:\d\d)$/);
    await audit(ana.page, 'attempt-with-clock');
    for (const [n, pick] of ['Tokyo', 'Japan'].entries()) {
      await ana.page.getByText(`Question ${n + 1} of 2`).waitFor();
      await ana.page.getByLabel(pick, { exact: true }).check();
      await ana.page.getByRole('button', { name: /Save answer|Check answer/ }).click();
      await ana.page
        .getByRole('button', { name: n === 1 ? 'Finish and see results' : 'Next question' })
        .click();
    }
    await ana.page.getByRole('heading', { name: 'Your score' }).waitFor();
    await ana.context.close();

    // The same learner in another browser: her one attempt is used.
    const again = await newPage(browser, webUrl, desktop);
    await again.page.goto(link);
    await again.page.getByLabel('Join code').fill(joinCode);
    await again.page.getByLabel('Your student ID').fill('1042');
    await again.page.getByRole('button', { name: 'Start' }).click();
    await again.page
      .getByRole('alert')
      .getByText('You have used all 1 attempt this set allows.')
      .waitFor();
    await audit(again.page, 'attempt-limit-reached');
    await again.context.close();

    // The teacher sees her under the class list's name.
    await page.goto(`${setPath}/results`);
    await page
      .getByRole('region', { name: 'Attempts', exact: true })
      .getByText('Ana Lindqvist')
      .waitFor();
    await context.close();
  });

  it('a set not open yet says when it opens, and a bogus share link answers 404', async () => {
    const { context, page } = await newPage(browser, webUrl);
    await page.request.post('/api/auth/sign-up/email', {
      headers: { origin: webUrl },
      data: {
        name: 'Dates Teacher',
        email: `dates-${Date.now()}@example.org`,
        password: 'correct horse battery',
      },
    });
    const { createQuestionSet: set } = await gql<{ createQuestionSet: { id: string } }>(
      page.request,
      'mutation { createQuestionSet(title: "Next week") { id } }',
    );
    await gql(
      page.request,
      'mutation ($set: ID!, $q: SetQuestionInput!) { addQuestion(setId: $set, question: $q) { id } }',
      { set: set.id, q: questions[0] },
    );
    const opensAt = new Date(Date.now() + 3 * 86_400_000);
    const { publishQuestionSet } = await gql<{ publishQuestionSet: { shareSlug: string } }>(
      page.request,
      `mutation ($id: ID!, $opensAt: DateTime!) {
        updateQuestionSet(id: $id, settings: { opensAt: $opensAt }) { id }
        publishQuestionSet(id: $id) { shareSlug }
      }`,
      { id: set.id, opensAt: opensAt.toISOString() },
    );
    await page.goto(`/s/${publishQuestionSet.shareSlug}`);
    await page.getByText(/^This set opens on .* UTC\. Come back then\.$/).waitFor();
    expect(await page.getByRole('button', { name: 'Start' }).count()).toBe(0);
    await audit(page, 'shared-set-not-open');

    const bogus = await page.goto('/s/no-such-set-here');
    expect(bogus?.status()).toBe(404);
    await context.close();
  });
});
