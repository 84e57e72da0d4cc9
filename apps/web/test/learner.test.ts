import { join } from 'node:path';
import { freePort } from '@attest/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, launch, newPage, phone, resultsDir } from './browser.ts';
import { startWeb } from './servers.ts';

/** Answers the question on screen: the first option, or a typed guess. */
async function answer(page: Page) {
  const typed = page.getByLabel('Your answer');
  if (await typed.count()) await typed.fill('NATO');
  else await page.locator('fieldset input').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.locator('.verdict, [role=status] .problem').first().waitFor();
  const problem = page.locator('[role=status] .problem');
  if (await problem.count()) throw new Error(`Checking failed: ${await problem.textContent()}`);
}

describe('a learner', () => {
  let browser: Browser;
  const webUrl = inject('webUrl');
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('takes a quick quiz, sees the evidence, resumes after a reload and retries the missed', async () => {
    const { context, page } = await newPage(browser, webUrl);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Learn what the news actually said',
    );
    await audit(page, 'home');

    await page.getByLabel('Number of questions').selectOption('5');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.waitForURL(/\/quiz\?.*seed=/);
    await page.getByText('Question 1 of 5').waitFor();
    await audit(page, 'quiz-question');

    await answer(page);
    const feedback = page.getByRole('status');
    await expect(feedback.locator('.verdict').textContent()).resolves.toMatch(
      /Right|Not quite|Partly/,
    );
    await expect(feedback.locator('blockquote.evidence').count()).resolves.toBeGreaterThan(0);
    await audit(page, 'quiz-feedback');
    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByText('Question 2 of 5').waitFor();

    // Nothing lost on a reload mid-quiz.
    await page.reload();
    await page.getByText('Question 2 of 5').waitFor();

    for (let n = 2; n <= 5; n++) {
      await answer(page);
      await page
        .getByRole('button', { name: n === 5 ? 'See your results' : 'Next question' })
        .click();
    }
    await page.getByRole('heading', { name: 'Your score' }).waitFor();
    await expect(page.locator('.score').textContent()).resolves.toMatch(/^\d+(\.\d)? \/ 5$/);
    await expect(page.locator('ol.review > li').count()).resolves.toBe(5);
    await audit(page, 'quiz-results');

    const retry = page.getByRole('button', { name: /^Retry the \d+ missed$/ });
    if (await retry.count()) {
      const missed = Number((await retry.textContent())?.match(/\d+/)?.[0]);
      await retry.click();
      await page.getByText(`Question 1 of ${missed}`).waitFor();
      await page.goBack().catch(() => undefined);
    }
    await context.close();
  });

  it('opens the source of a quote, scrolled to the highlighted passage', async () => {
    const { context, page } = await newPage(browser, webUrl);
    await page.goto('/quiz/new?count=3');
    await answer(page);
    const link = page.getByRole('link', { name: /Read it in the source/ }).first();
    const quote = (await page.locator('blockquote.evidence p').first().textContent())?.slice(1, -1);
    await link.click();
    await page.waitForURL(/\/sources\/.+\?at=\d+-\d+#passage$/);
    const target = page.locator('mark.target').first();
    await target.waitFor();
    const marked = (await page.locator('mark.target').allTextContents()).join('');
    expect(marked).toBe(quote);
    await expect(target.isVisible()).resolves.toBe(true);
    const box = await target.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y < viewport.height).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'source-at-passage.png') });
    await audit(page, 'source');
    await context.close();
  });

  it('browses sources, actors and disputes', async () => {
    const { context, page } = await newPage(browser, webUrl);
    await page.goto('/sources');
    // Every source the visitor may read: the corpus's, and those of public collections that
    // other journeys may have made.
    const listed = await page.request.post('/graphql', {
      data: { query: '{ sources(first: 100) { totalCount } }' },
    });
    const { data } = (await listed.json()) as { data: { sources: { totalCount: number } } };
    expect(data.sources.totalCount).toBeGreaterThanOrEqual(5);
    await expect(page.locator('main li').count()).resolves.toBe(data.sources.totalCount);
    await audit(page, 'sources');

    await page.goto('/actors?q=AP4');
    await page.getByRole('link', { name: 'AP4' }).first().click();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('Japan');
    await audit(page, 'actor');

    await page.goto('/actors');
    await audit(page, 'actors');

    await page.goto('/disputes');
    await expect(page.locator('section.card').count()).resolves.toBeGreaterThan(0);
    await audit(page, 'disputes');
    await context.close();
  });

  it('works on a phone-sized screen', async () => {
    const { context, page } = await newPage(browser, webUrl, phone);
    await page.goto('/quiz/new?count=3');
    await page.getByText('Question 1 of 3').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(phone.width);
    await answer(page);
    await audit(page, 'phone-quiz');
    await context.close();
  });

  it('is told plainly when a shared link leads nowhere', async () => {
    const { context, page } = await newPage(browser, webUrl);
    await page.goto('/');
    await page.getByLabel('Set link or code').fill(`${webUrl}/s/no-such-set`);
    await page.getByRole('button', { name: 'Open the set' }).click();
    await page.waitForURL(/\/s\/no-such-set$/);
    await page.getByRole('heading', { name: 'No set at this link' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('No published set');
    await audit(page, 'shared-set-not-found');
    await context.close();
  });

  it("explains when the API can't be reached, instead of a blank page", async () => {
    const web = await startWeb(await freePort(), `http://127.0.0.1:${await freePort()}`);
    try {
      const { context, page } = await newPage(browser, web.url);
      await page.goto('/sources');
      await page.getByRole('heading', { name: "Can't reach the Attest API" }).waitFor();
      await audit(page, 'api-unreachable');
      await context.close();
    } finally {
      await web.stop();
    }
  });
});
