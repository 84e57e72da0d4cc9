import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, desktop, launch, newPage, phone } from './browser.ts';
import { publishSet } from './teacher.ts';

const mutations = inject('apiMutations');
const has = (...names: string[]) => names.every((n) => mutations.includes(n));
const email = `teacher-${Date.now()}@example.org`;

/** Signs in as the instructor the first journey signed up, landing on the set list. */
async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Your question sets' }).waitFor();
}

describe('an instructor', () => {
  let browser: Browser;
  const webUrl = inject('webUrl');
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it.skipIf(!has('createQuestionSet'))('signs up and creates a set', async () => {
    const { context, page } = await newPage(browser, webUrl);
    await page.goto('/studio');
    await page.waitForURL(/\/sign-in\?next=/);
    await audit(page, 'sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Your name').fill('Ada Teacher');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill('correct horse battery');
    await audit(page, 'sign-up');
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByRole('heading', { name: 'Your question sets' }).waitFor();
    await expect(page.getByText('Signed in as Ada Teacher').count()).resolves.toBe(1);
    await audit(page, 'studio');
    await page.getByLabel('Title').fill('NATO in Tokyo: week 1');
    await page.getByRole('button', { name: 'Create the set' }).click();
    await page.waitForURL(/\/studio\/sets\//);
    await context.close();
  });

  it.skipIf(!has('addGeneratedQuestions', 'publishQuestionSet', 'startAttempt', 'submitAnswers'))(
    'builds and publishes a set; a learner takes it by link; the attempt shows in the results',
    async () => {
      const { context, page } = await newPage(browser, webUrl);
      await signIn(page);
      await page.getByRole('link', { name: 'NATO in Tokyo: week 1' }).click();
      await page.getByRole('button', { name: 'Show questions' }).click();
      const boxes = page.locator(
        '#generated ~ ul input[type=checkbox], section[aria-labelledby=generated] li input[type=checkbox]',
      );
      await boxes.first().waitFor();
      for (let i = 0; i < 3; i++) await boxes.nth(i).check();
      await page.getByRole('button', { name: 'Add 3 selected' }).click();
      await page.getByText('3 questions added.').waitFor();
      await page.getByRole('button', { name: 'Move down question 1' }).first().click();
      await page.getByText('Question moved down.').waitFor();

      // A question of one's own, then an edit of it.
      await page.getByLabel('Kind of question').selectOption('SINGLE_CHOICE');
      await page
        .getByLabel('Question', { exact: true })
        .fill('Where is NATO to open its liaison office?');
      await page.getByLabel('Option 1', { exact: true }).fill('Tokyo');
      await page.getByLabel('Right answer (option 1)').check();
      await page.getByLabel('Option 2', { exact: true }).fill('Seoul');
      await page.getByLabel('Option 3', { exact: true }).fill('Canberra');
      await page.getByRole('button', { name: 'Add the question' }).click();
      await page.getByText('Question added.').waitFor();
      await page.getByRole('button', { name: 'Edit question 4' }).click();
      const editor = page
        .locator('form')
        .filter({ has: page.getByRole('button', { name: 'Save the question' }) });
      await editor
        .getByLabel('Question', { exact: true })
        .fill('In which city is NATO to open its liaison office?');
      await page.getByRole('button', { name: 'Save the question' }).click();
      await page.getByText('Question saved.').waitFor();
      await page.getByText('In which city is NATO to open its liaison office?').waitFor();
      await page.getByLabel('When the attempt is finished').check();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Settings saved.').waitFor();
      await audit(page, 'set-editor');
      await page.setViewportSize(phone);
      await audit(page, 'set-editor-phone');
      await page.setViewportSize(desktop);
      const link = await publishSet(page);

      // An anonymous learner, in another browser context.
      const learner = await newPage(browser, webUrl);
      const p = learner.page;
      await p.goto(link);
      await p.getByRole('button', { name: 'Start' }).click();
      await p.getByText('Question 1 of 4').waitFor();
      await audit(p, 'shared-set');
      for (let n = 1; n <= 4; n++) {
        const typed = p.getByLabel('Your answer');
        if (await typed.count()) await typed.fill('NATO');
        else await p.locator('fieldset input').first().check();
        await p.getByRole('button', { name: 'Check answer' }).click();
        // Feedback at the end, as set: no verdict yet.
        await p.getByText('Answer saved. You will see how you did at the end.').waitFor();
        expect(await p.locator('.verdict').count()).toBe(0);
        const next = p.getByRole('button', {
          name: n === 4 ? 'Finish and see results' : 'Next question',
        });
        await next.click();
        if (n === 1) {
          await p.reload();
          await p.getByText('Question 2 of 4').waitFor();
        }
      }
      await p.getByRole('heading', { name: 'Your score' }).waitFor();
      await expect(p.locator('ol.review .verdict').count()).resolves.toBe(4);
      await audit(p, 'shared-set-results');
      await learner.context.close();

      // Downloads go through the web app with the instructor's cookie, and only with it.
      const setId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
      for (const format of ['gift', 'moodle-xml', 'kahoot-xlsx']) {
        const download = await page.request.get(`/export/${encodeURIComponent(setId)}/${format}`);
        expect(download.status(), format).toBe(200);
        expect(download.headers()['content-disposition'], format).toMatch(/^attachment/);
        // The spreadsheet is binary: it must arrive as a zip, byte for byte, through the proxy.
        if (format === 'kahoot-xlsx')
          expect([...(await download.body()).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      }
      // What the Kahoot file leaves out is said next to its link, not found out in Kahoot.
      await page
        .getByRole('list', { name: 'What the Kahoot spreadsheet (.xlsx) file leaves out' })
        .getByText(/explanations and evidence/)
        .waitFor();
      const stranger = await fetch(`${webUrl}/export/${encodeURIComponent(setId)}/gift`);
      expect(stranger.status).not.toBe(200);

      await page.getByRole('link', { name: 'Results' }).click();
      await page.getByText(/1 attempt, 1 finished/).waitFor();
      await audit(page, 'set-results');
      await context.close();
    },
  );

  it.skipIf(!has('duplicateQuestionSet', 'deleteQuestionSet'))(
    'duplicates a set and deletes the copy after confirming; a set gone meanwhile is explained',
    async () => {
      const { context, page } = await newPage(browser, webUrl);
      await signIn(page);

      const original = 'NATO in Tokyo: week 1';
      const copy = `${original} (copy)`;
      await page.getByRole('button', { name: `Duplicate “${original}”` }).click();
      await page.getByRole('status').getByText(`“${original}” duplicated as “${copy}”.`).waitFor();
      await page.getByRole('link', { name: copy, exact: true }).waitFor();
      // The copy has the original's four questions and is a draft, not shared.
      await page.getByRole('link', { name: copy, exact: true }).click();
      await page.getByRole('heading', { name: copy, level: 1 }).waitFor();
      await page.getByText(/^draft$/).waitFor();
      await page.getByText(/4 questions · 0 attempts/).waitFor();
      await page.goto('/studio');
      await page.getByRole('heading', { name: 'Your question sets' }).waitFor();

      // A second tab still listing the copy, for later.
      const stale = await context.newPage();
      await stale.goto('/studio');
      await stale.getByRole('link', { name: copy, exact: true }).waitFor();

      // Delete asks first; cancelling keeps the set and gives the focus back.
      const remove = page.getByRole('button', { name: `Delete “${copy}”` });
      await remove.click();
      const question = page.getByText(`Delete “${copy}”? Its share link stops working`);
      await question.waitFor();
      await expect(question.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await audit(page, 'studio-delete-confirm');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(remove.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await expect(page.getByRole('link', { name: copy, exact: true }).count()).resolves.toBe(1);

      await remove.click();
      await page.getByRole('button', { name: 'Yes, delete it' }).click();
      await page.getByRole('status').getByText(`“${copy}” deleted.`).waitFor();
      await page.getByRole('link', { name: copy, exact: true }).waitFor({ state: 'detached' });
      await expect(page.getByRole('link', { name: original, exact: true }).count()).resolves.toBe(
        1,
      );
      await page.reload();
      await page.getByRole('link', { name: original, exact: true }).waitFor();
      await expect(page.getByRole('link', { name: copy, exact: true }).count()).resolves.toBe(0);

      // The other tab tries to delete the set already gone: told so in plain words.
      await stale.getByRole('button', { name: `Delete “${copy}”` }).click();
      await stale.getByRole('button', { name: 'Yes, delete it' }).click();
      await stale
        .getByRole('alert')
        .getByText('This set no longer exists: it may have been deleted in another tab.', {
          exact: false,
        })
        .waitFor();
      await stale.getByRole('link', { name: copy, exact: true }).waitFor({ state: 'detached' });
      await context.close();
    },
  );
});
