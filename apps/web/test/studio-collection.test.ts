import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, desktop, launch, newPage, phone } from './browser.ts';
import { publishSet } from './teacher.ts';

const mutations = inject('apiMutations');
const ready = [
  'createCollection',
  'addSource',
  'createClaim',
  'createQuestionSet',
  'addGeneratedQuestions',
  'publishQuestionSet',
].every((m) => mutations.includes(m));

// Unique words: nothing else in the shared database says them.
const run = Date.now().toString(36);
const title = `The Keldby bridge ${run}`;
const article = `Keldby bridge to reopen in spring

The town of Keldby will reopen its old bridge in April, officials said on Monday.

"We will reopen the bridge to traffic before the spring fair," said Mara Quellin, the mayor of Keldby.

"The repairs have cost more than anyone expected," the engineer Tobias Wrenfield told the Keldby Courier.
`;

async function signUp(page: Page, name: string, next: string) {
  await page.goto(`/sign-up?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(`${name.split(' ')[0]?.toLowerCase()}-${run}@example.org`);
  await page.getByLabel(/^Password/).fill('correct horse battery');
  await page.getByRole('button', { name: 'Create the account' }).click();
}

describe('a question set drawn from a private collection', () => {
  let browser: Browser;
  const webUrl = inject('webUrl');
  let collectionUrl = '';
  let slug = '';
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it.skipIf(!ready)(
    'a new user fills a private collection, builds a set from it, and a learner takes it',
    async () => {
      const { context, page } = await newPage(browser, webUrl);
      await signUp(page, 'Tess Teacher', '/collections');
      await page.getByRole('heading', { name: 'New collection' }).waitFor();
      await page.getByLabel('Name', { exact: true }).fill(`Keldby ${run}`);
      await page.getByRole('button', { name: 'Create the collection' }).click();
      await page.waitForURL(/\/collections\/[^/?#]+$/);
      collectionUrl = page.url();
      slug = decodeURIComponent(new URL(collectionUrl).pathname.split('/').pop() ?? '');
      await expect(page.locator('h1 .badge').textContent()).resolves.toBe('private');

      await page.getByLabel('Article text').fill(article);
      await page.getByLabel(/^Title/).fill(title);
      await page.getByLabel('Publisher').fill('Keldby Courier');
      await page.getByRole('button', { name: 'Add the source' }).click();
      await page.waitForURL(/\/sources\//);
      await page.getByRole('heading', { name: 'Review the drafts' }).waitFor();
      // Two draft claims accepted (each adds its speaker as an actor); accepted drafts are not
      // offered again once the page is loaded anew.
      for (let n = 0; n < 2; n++) {
        const accept = page.getByRole('button', { name: /^Accept the claim: / });
        await accept.first().waitFor();
        await accept.first().click();
        await page
          .getByRole('status')
          .filter({ hasText: /Claim added/ })
          .waitFor();
        await page.reload();
        await page.getByRole('heading', { name: 'Review the drafts' }).waitFor();
      }

      // From the collection's page to the studio, the collection chosen.
      await page.goto(collectionUrl);
      await page.getByRole('link', { name: 'Build a question set from this collection' }).click();
      await page.waitForURL(/\/studio\?collection=/);
      await page
        .getByText(`Its questions will come from the collection “Keldby ${run}”.`)
        .waitFor();
      await page.getByRole('button', { name: 'Create the set' }).click();
      await page.waitForURL(/\/studio\/sets\/[^?]+\?collection=/);
      const chooser = page.getByLabel('Collection', { exact: true });
      await expect(chooser.inputValue()).resolves.toBe(slug);
      await page.getByText(`From the collection “Keldby ${run}”.`).waitFor();
      // The filters are the collection's own: its source, not the corpus's.
      await expect(
        page.getByLabel('From', { exact: true }).locator('option').allTextContents(),
      ).resolves.toEqual(['Any source', title]);
      await audit(page, 'studio-collection');
      await page.setViewportSize(phone);
      await audit(page, 'studio-collection-phone');
      await page.setViewportSize(desktop);

      // By keyboard: show the questions, tick one, add it.
      await page.getByRole('button', { name: 'Show questions' }).focus();
      await page.keyboard.press('Enter');
      const boxes = page.locator('section[aria-labelledby=generated] li input[type=checkbox]');
      await boxes.first().waitFor();
      // Every question is made from this collection's article.
      const picked = page.locator('section[aria-labelledby=generated] li').first();
      await expect(picked.textContent()).resolves.toContain(title);
      await boxes.first().focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Add 1 selected' }).click();
      await page.getByText('1 question added.').waitFor();
      await audit(page, 'studio-collection-added');

      const link = await publishSet(page);

      // A learner with no account takes it by the link.
      const learner = await newPage(browser, webUrl);
      const p = learner.page;
      await p.goto(link);
      await p.getByRole('button', { name: 'Start' }).click();
      await p.getByText('Question 1 of 1').waitFor();
      const typed = p.getByLabel('Your answer');
      if (await typed.count()) await typed.fill('Mara Quellin');
      else await p.locator('fieldset input').first().check();
      await p.getByRole('button', { name: 'Check answer' }).click();
      await p.getByRole('button', { name: 'Finish and see results' }).click();
      await p.getByRole('heading', { name: 'Your score' }).waitFor();
      await learner.context.close();
      await context.close();
    },
  );

  it.skipIf(!ready)('shows a stranger none of the collection', async () => {
    expect(slug).not.toBe('');
    const { context, page } = await newPage(browser, webUrl);
    await signUp(page, 'Sam Stranger', '/studio');
    await page.waitForURL(/\/studio$/);
    for (const url of [collectionUrl, `/sources?collection=${encodeURIComponent(slug)}`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByText('Keldby').count()).resolves.toBe(0);
    }
    // Nor its actors in search, nor a set built from it.
    await page.goto('/actors?q=Quellin');
    await page.getByText('No actor matches “Quellin”.').waitFor();
    await page.goto(`/studio?collection=${encodeURIComponent(slug)}`);
    await page.waitForURL(/\/studio$/);
    await expect(page.getByText('Keldby').count()).resolves.toBe(0);
    await context.close();
  });
});
