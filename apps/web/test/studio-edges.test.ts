import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, launch, newPage, phone } from './browser.ts';

const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');

/** Signs a new instructor up through the web app; the page's context keeps the cookie. */
async function signUp(page: Page) {
  const r = await page.request.post('/api/auth/sign-up/email', {
    headers: { origin: webUrl },
    data: {
      name: 'Edge Teacher',
      email: `edges-${Date.now()}@example.org`,
      password: 'correct horse battery',
    },
  });
  expect(r.status()).toBe(200);
}

/** The page's vertical distance between two elements' tops (0: on one line). */
async function topGap(a: Locator, b: Locator) {
  const [x, y] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  return Math.abs((x?.y ?? 0) - (y?.y ?? 1000));
}

describe('the studio’s rough edges', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('answers a bogus share link, set or actor with a friendly not-found page', async () => {
    const { context, page } = await newPage(browser, webUrl);
    await signUp(page);
    // The studio streams behind its loading state, so its status is sent before the set is
    // looked up: there the page says it, elsewhere the status says it too.
    for (const [path, heading, status] of [
      ['/s/no-such-link-at-all', 'No set at this link', 404],
      ['/studio/sets/nonexistent', 'No question set here', 200],
      ['/studio/sets/nonexistent/results', 'No question set here', 200],
      ['/actors/nonexistent', 'Not found', 404],
      ['/sources/nonexistent', 'Not found', 404],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(status);
      await page.getByRole('heading', { name: heading }).waitFor();
      await expect(page.getByText(/Invalid global ID/).count(), path).resolves.toBe(0);
    }
    await audit(page, 'share-link-not-found');
    await context.close();
  });

  it('offers "Quiz me on" only for an actor the quiz has questions about', async () => {
    const find = async (search: string) => {
      const r = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query ($s: String!) { actors(search: $s, first: 20) { edges { node { id name } } }
            }`,
          variables: { s: search },
        }),
      });
      const body = (await r.json()) as {
        data: { actors: { edges: { node: { id: string; name: string } }[] } };
      };
      const found = body.data.actors.edges.find((e) => e.node.name === search)?.node;
      if (!found) throw new Error(`no actor named ${search}`);
      return found;
    };
    const { context, page } = await newPage(browser, webUrl);
    // Africa is in the knowledge base, but no text says anything about it.
    const africa = await find('Africa');
    await page.goto(`/actors/${encodeURIComponent(africa.id)}`);
    await page.getByRole('heading', { name: africa.name, level: 1 }).waitFor();
    await expect(page.getByRole('link', { name: /Quiz me on/ }).count()).resolves.toBe(0);
    const japan = await find('Japan');
    await page.goto(`/actors/${encodeURIComponent(japan.id)}`);
    await page.getByRole('link', { name: 'Quiz me on Japan' }).waitFor();
    await context.close();
  });

  it('keeps the phone nav’s links together on one line, Studio included', async () => {
    const { context, page } = await newPage(browser, webUrl, phone);
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(
      await topGap(
        nav.getByRole('link', { name: 'Quick quiz' }),
        nav.getByRole('link', { name: 'Studio' }),
      ),
    ).toBeLessThan(4);
    await context.close();
  });

  it('says each editor message beside what caused it, clears stale errors, resets the form', async () => {
    const { context, page } = await newPage(browser, webUrl);
    await signUp(page);
    await page.goto('/studio');
    await page.getByLabel('Title').fill('Edges');
    await page.getByRole('button', { name: 'Create the set' }).click();
    await page.waitForURL(/\/studio\/sets\//);

    const write = page.locator('form').filter({
      has: page.getByRole('button', { name: 'Add the question' }),
    });
    // The message areas follow the form they answer, inside the same part of the page.
    const writeAlert = page.locator('form:has(button:text("Add the question")) ~ div[role=alert]');
    const writeStatus = page.locator(
      'form:has(button:text("Add the question")) ~ div[role=status]',
    );

    // No right option: refused, and said right under the form, announced as an alert.
    await write.getByLabel('Question', { exact: true }).fill('Where is the liaison office?');
    await write.getByLabel('Option 1', { exact: true }).fill('Tokyo');
    await write.getByLabel('Option 2', { exact: true }).fill('Seoul');
    await page.getByRole('button', { name: 'Add the question' }).click();
    await writeAlert.getByText(/no option is marked correct/i).waitFor();
    const button = page.getByRole('button', { name: 'Add the question' });
    const alertBox = await writeAlert.first().boundingBox();
    const buttonBox = await button.boundingBox();
    expect(Math.abs((alertBox?.y ?? 0) - (buttonBox?.y ?? 10_000))).toBeLessThan(300);
    // What was typed stays, to be fixed.
    await expect(write.getByLabel('Question', { exact: true }).inputValue()).resolves.toBe(
      'Where is the liaison office?',
    );
    await audit(page, 'set-editor-error');

    // Fixed: the stale error goes, the success is said there, and the form is blank again.
    await write.getByLabel('Right answer (option 1)').check();
    await page.getByRole('button', { name: 'Add the question' }).click();
    await writeStatus.getByText('Question added.').waitFor();
    await expect(page.getByText(/no option is marked correct/i).count()).resolves.toBe(0);
    await expect(write.getByLabel('Question', { exact: true }).inputValue()).resolves.toBe('');
    await expect(write.getByLabel('Option 1', { exact: true }).inputValue()).resolves.toBe('');
    await expect(write.getByLabel('Right answer (option 1)').isChecked()).resolves.toBe(false);

    // Numbered once: the list draws no numbers of its own beside the written "1.".
    const list = page.locator('ol.plain').first();
    await expect(list.evaluate((el) => getComputedStyle(el).listStyleType)).resolves.toBe('none');
    await expect(list.locator('li').first().textContent()).resolves.toMatch(/^1\. Where is/);
    await page.getByText(/1 question · 0 attempts/).waitFor();

    // One generated question: "1 question added.", beside the picker's button.
    await page.getByRole('button', { name: 'Show questions' }).click();
    const box = page.locator('section[aria-labelledby=generated] li input[type=checkbox]');
    await box.first().check();
    await page.getByRole('button', { name: 'Add 1 selected' }).click();
    await page
      .locator('section[aria-labelledby=generated] [role=status]')
      .getByText('1 question added.')
      .waitFor();
    // The earlier message is gone: one message at a time, where it belongs.
    await expect(writeStatus.getByText('Question added.').count()).resolves.toBe(0);

    // Settings: said under the Save button.
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page
      .locator('form:has(button:text("Save settings")) [role=status]')
      .getByText('Settings saved.')
      .waitFor();
    await audit(page, 'set-editor-messages');
    await context.close();
  });
});
