import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, desktop, launch, newPage, phone } from './browser.ts';
import { publishSet, teacherWithSet } from './teacher.ts';

const webUrl = inject('webUrl');

const questions = [
  {
    type: 'SINGLE_CHOICE',
    prompt: 'Where is NATO to open its liaison office?',
    options: [
      { text: 'Tokyo', correct: true },
      { text: 'Seoul', correct: false },
    ],
    explanation: 'The office was planned for Tokyo.',
  },
  {
    type: 'SINGLE_CHOICE',
    prompt: 'Who opposed the office?',
    options: [
      { text: 'France', correct: true },
      { text: 'Japan', correct: false },
    ],
  },
];

/** Three learners: what each picks, and so their score out of 2. */
const learners = [
  { name: 'Ana Lindqvist', picks: ['Tokyo', 'France'], score: 2 },
  { name: 'Bo Chen', picks: ['Seoul', 'Japan'], score: 0 },
  { name: '=HYPERLINK("http://evil.example","x")', picks: ['Tokyo', 'Japan'], score: 1 },
];

describe('an instructor grading a class of three named learners', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('asks names, lists who scored what (sortable), opens one learner, downloads the gradebook', async () => {
    const { context, page } = await newPage(browser, webUrl);
    const { setId, setPath } = await teacherWithSet(page, webUrl, {
      name: 'Grading Teacher',
      title: 'Liaison office',
      questions,
    });

    // The teacher asks for names in the settings, then publishes.
    await page.goto(setPath);
    await page.getByLabel('Their name, and a student ID if they have one').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    const link = await publishSet(page);

    // Three learners, each in a browser of their own; the last on a phone.
    for (const [i, learner] of learners.entries()) {
      const own = await newPage(browser, webUrl, i === 2 ? phone : desktop);
      const p = own.page;
      await p.goto(link);
      await p.getByText('Your teacher sees the name (and student ID, if you give one)').waitFor();
      if (i === 0) {
        // Starting without a name is refused by the form, and the set stays unstarted.
        await p.getByRole('button', { name: 'Start' }).click();
        await expect(
          p
            .getByLabel('Your name')
            .evaluate((el) => (el as HTMLInputElement).validity.valueMissing),
        ).resolves.toBe(true);
        await audit(p, 'shared-set-name');
      }
      await p.getByLabel('Your name').fill(learner.name);
      await p.getByRole('button', { name: 'Start' }).click();
      for (const [n, pick] of learner.picks.entries()) {
        await p.getByText(`Question ${n + 1} of 2`).waitFor();
        await p.getByLabel(pick, { exact: true }).check();
        await p.getByRole('button', { name: 'Check answer' }).click();
        await p
          .getByRole('button', { name: n === 1 ? 'Finish and see results' : 'Next question' })
          .click();
      }
      await p.getByRole('heading', { name: 'Your score' }).waitFor();
      await own.context.close();
    }

    // Who scored what: every name, newest first; then sorted by score, highest first.
    await page.goto(`${setPath}/results`);
    const table = page.getByRole('region', { name: 'Attempts', exact: true });
    await table.locator('tbody tr').first().waitFor();
    const names = async () =>
      (await table.locator('tbody tr td:first-child').allTextContents()).map((t) => t.trim());
    // The sorted page streams in after the URL changes: wait for its rows.
    await expect.poll(names, { timeout: 15_000 }).toEqual(learners.map((l) => l.name).reverse());
    await audit(page, 'results-attempts');
    await table.getByRole('link', { name: /^Score/ }).click();
    await page.waitForURL(/sort=score&order=ascending/);
    await table.getByRole('link', { name: /^Score/ }).click();
    await page.waitForURL(/sort=score&order=descending/);
    const byScore = [...learners].sort((a, b) => b.score - a.score);
    // The sorted page streams in after the URL changes: wait for its rows.
    await expect.poll(names, { timeout: 15_000 }).toEqual(byScore.map((l) => l.name));
    await expect(
      table.getByRole('columnheader', { name: /^Score/ }).getAttribute('aria-sort'),
    ).resolves.toBe('descending');
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('2 / 2');
    expect(rows[0]).toContain('100%');
    await page.setViewportSize(phone);
    await audit(page, 'results-attempts-phone');
    await page.setViewportSize(desktop);

    // One learner's answers, right and wrong, with the evidence and explanation.
    await table.getByRole('link', { name: 'Bo Chen' }).click();
    await page.getByRole('heading', { name: 'Bo Chen: Liaison office' }).waitFor();
    await page.getByText('0 of 2 (0%)').waitFor();
    await expect(page.getByText('wrong', { exact: true }).count()).resolves.toBe(2);
    await page.getByText('The office was planned for Tokyo.').waitFor();
    await audit(page, 'attempt-answers');

    // The gradebook: one row per learner, the formula-like name inert.
    const file = await page.request.get(`/export/${encodeURIComponent(setId)}/gradebook-csv`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toBe(
      'attachment; filename="liaison-office.gradebook.csv"',
    );
    const lines = (await file.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + learners.length);
    expect(lines[0]).toMatch(
      /^Name,Student ID,Started,Finished,Q1: Where is NATO.*,Q2: Who opposed.*,Total,Out of,Percent$/,
    );
    expect(lines.some((l) => l.startsWith('Ana Lindqvist,') && l.endsWith(',1,1,2,2,100'))).toBe(
      true,
    );
    expect(lines.some((l) => l.startsWith(`"'=HYPERLINK(`))).toBe(true);
    await context.close();
  });
});
