import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, desktop, launch, newPage, phone } from './browser.ts';

const mutations = inject('apiMutations');
const ready = [
  'createCollection',
  'addSource',
  'mergeActors',
  'createDispute',
  'saveDraftDecision',
].every((m) => mutations.includes(m));

const first = `Zembla has blocked the proposed trade corridor, officials said on Tuesday.

Ostland will send envoys to Arden next month, said Karl Tesk, a spokesman for the Northern League.
`;
const second = 'Zembla has blocked the northern pipeline deal, officials said on Friday.\n';

describe('a curator edits drafts, tidies actors and records a suggested dispute', () => {
  let browser: Browser;
  const webUrl = inject('webUrl');
  let slug = '';
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  // Two texts reviewed with ten axe checks: longer than one page's default, on a busy machine.
  it.skipIf(!ready)(
    'keeps every decision across reloads',
    async () => {
      const { context, page } = await newPage(browser, webUrl);
      const status = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
      await page.goto('/sign-up?next=%2Fcollections');
      await page.getByLabel('Your name').fill('Rhea Reviewer');
      await page.getByLabel('Email').fill(`reviewer-${Date.now()}@example.org`);
      await page.getByLabel(/^Password/).fill('correct horse battery');
      await page.getByRole('button', { name: 'Create the account' }).click();
      await page.getByRole('heading', { name: 'New collection' }).waitFor();
      const name = `Review desk ${Date.now()}`;
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByRole('button', { name: 'Create the collection' }).click();
      await page.waitForURL(/\/collections\/review-desk/);
      const collectionUrl = page.url();
      slug = new URL(collectionUrl).pathname.split('/').pop() ?? '';

      await page.getByLabel('Article text').fill(first);
      await page.getByLabel(/^Title/).fill('Corridor blocked');
      await page.getByRole('button', { name: 'Add the source' }).click();
      await page.waitForURL(/\/sources\//);
      const firstUrl = page.url();
      await page.getByRole('heading', { name: 'Review the drafts' }).waitFor();

      // A draft actor is rejected, one re-kinded, one renamed; all kept for this source.
      await page.getByRole('button', { name: 'Reject the actor Arden', exact: true }).click();
      await status('Rejected the actor Arden.');
      await page.getByRole('button', { name: 'Edit the actor Zembla', exact: true }).click();
      const zembla = page.getByRole('form', { name: 'Edit the actor Zembla' });
      await zembla.getByLabel('Kind').selectOption({ label: 'country' });
      await audit(page, 'review-actor-edit');
      await zembla.getByRole('button', { name: 'Save the edits' }).click();
      await status('Edits kept for the actor Zembla.');
      await page
        .getByRole('button', { name: 'Edit the actor Northern League', exact: true })
        .click();
      const league = page.getByRole('form', { name: 'Edit the actor Northern League' });
      await league.getByLabel('Name').fill('The Northern League <b>bold</b>');
      await league.getByRole('button', { name: 'Save the edits' }).click();
      await status('Edits kept for the actor The Northern League <b>bold</b>.');

      // "blocked" needs an actor as object: the draft is edited before it is accepted.
      await page.getByLabel('New actor').fill('the proposed trade corridor');
      await page.getByLabel('Kind', { exact: true }).first().selectOption({ label: 'initiative' });
      await page.getByRole('button', { name: 'Add the actor' }).click();
      await status('Added the actor the proposed trade corridor.');
      await page
        .getByRole('button', {
          name: 'Edit the claim: Zembla blocked the proposed trade corridor.',
        })
        .click();
      const editor = page.getByRole('form', { name: 'Edit the draft claim' });
      // Keyboard users land in the form the button opened.
      await expect(
        editor.getByLabel('Statement').evaluate((el) => el === document.activeElement),
      ).resolves.toBe(true);
      await editor.getByLabel('Statement').fill('Zembla blocked the trade corridor.');
      await editor.getByLabel('Predicate').fill('blocked');
      await editor.getByLabel('Object').selectOption({ label: 'the proposed trade corridor' });
      await editor.getByLabel(/^Background/).check();
      await audit(page, 'review-claim-edit');
      await page.setViewportSize(phone);
      await audit(page, 'review-claim-edit-phone');
      await page.setViewportSize(desktop);
      await editor.getByRole('button', { name: 'Save the edits' }).click();
      await status('Edits kept for “Zembla blocked the trade corridor.”');
      await page
        .getByRole('button', { name: 'Accept the claim: Zembla blocked the trade corridor.' })
        .click();
      await status('Claim added: Zembla blocked the trade corridor. (with 1 new actor)');

      // A duplicate actor is merged into the one kept, and an alias added.
      await page.getByRole('button', { name: 'Accept the actor Karl Tesk', exact: true }).click();
      await status('Added the actor Karl Tesk.');
      await page.getByLabel('New actor').fill('K. Tesk');
      await page.getByRole('button', { name: 'Add the actor' }).click();
      await status('Added the actor K. Tesk.');
      await page.getByText('Merge duplicate actors, add aliases').click();
      await page.getByLabel('Keep').selectOption({ label: 'Karl Tesk' });
      await page.getByLabel(/^Its duplicate/).selectOption({ label: 'K. Tesk' });
      await audit(page, 'review-merge');
      await page.getByRole('button', { name: 'Merge the actors' }).click();
      await status('Merged K. Tesk into Karl Tesk');
      await expect(
        page.getByLabel('Keep').locator('option', { hasText: 'K. Tesk' }).count(),
      ).resolves.toBe(0);
      await page.getByLabel('Actor', { exact: true }).selectOption({ label: 'Zembla' });
      await page.getByLabel('Alias', { exact: true }).fill('Zemblan Republic');
      await page.getByRole('button', { name: 'Add the alias' }).click();
      await status('“Zemblan Republic” is now an alias of Zembla.');

      // After a reload the review is as it was left.
      await page.reload();
      await page.getByRole('heading', { name: 'Review the drafts' }).waitFor();
      await expect(
        page.getByRole('button', { name: 'Accept the actor Arden', exact: true }).count(),
      ).resolves.toBe(0);
      const renamed = page.locator('#draft-actors ~ ul.plain li', {
        hasText: 'The Northern League <b>bold</b>',
      });
      await expect(renamed.locator('.badge', { hasText: 'edited' }).count()).resolves.toBe(1);
      expect(await page.locator('#draft-actors ~ ul.plain b').count()).toBe(0);
      const accepted = page.locator('#draft-claims ~ ul.plain li', {
        hasText: 'Zembla blocked the trade corridor.',
      });
      await expect(accepted.locator('.badge.right').textContent()).resolves.toBe('already a claim');
      await expect(accepted.locator('.badge', { hasText: 'background' }).count()).resolves.toBe(1);
      await audit(page, 'review-reloaded');

      // A second text contradicts the first: the suggested dispute is recorded.
      await page.goto(collectionUrl);
      await page.getByText('Add a source', { exact: true }).click();
      await page.getByLabel('Article text').fill(second);
      await page.getByLabel(/^Title/).fill('Pipeline blocked');
      await page.getByRole('button', { name: 'Add the source' }).click();
      await page.waitForURL(
        (url) => url.href !== collectionUrl && url.pathname.includes('/sources/'),
      );
      expect(page.url()).not.toBe(firstUrl);
      await page.getByRole('heading', { name: /^Suggested disputes/ }).waitFor();
      await page.getByLabel('New actor').fill('the northern pipeline deal');
      await page.getByLabel('Kind', { exact: true }).first().selectOption({ label: 'initiative' });
      await page.getByRole('button', { name: 'Add the actor' }).click();
      await status('Added the actor the northern pipeline deal.');
      await page
        .getByRole('button', { name: 'Edit the claim: Zembla blocked the northern pipeline deal.' })
        .click();
      await page
        .getByRole('form', { name: 'Edit the draft claim' })
        .getByLabel('Object')
        .selectOption({ label: 'the northern pipeline deal' });
      await page
        .getByRole('form', { name: 'Edit the draft claim' })
        .getByRole('button', { name: 'Save the edits' })
        .click();
      await status('Edits kept');
      await audit(page, 'review-suggestion');
      await page.getByRole('button', { name: /^Record the dispute/ }).click();
      await status('Dispute recorded');
      await page.reload();
      await page.getByRole('heading', { name: /^Suggested disputes/ }).waitFor();
      await expect(page.getByRole('button', { name: /^Record the dispute/ }).count()).resolves.toBe(
        0,
      );
      await page
        .locator('#draft-suggestions ~ ul.plain .badge.right', { hasText: 'accepted' })
        .waitFor();

      // The collection's own lists, scoped from its page.
      await page.goto(collectionUrl);
      await page.getByRole('link', { name: 'Where its sources disagree' }).click();
      await page.waitForURL(/\/disputes\?collection=/);
      await page.getByText(`In the collection ${name}`).waitFor();
      const dispute = page.locator('section.card');
      await expect(dispute.count()).resolves.toBe(1);
      await expect(dispute.textContent()).resolves.toContain('Zembla blocked the trade corridor.');
      await expect(dispute.textContent()).resolves.toContain(
        'Zembla blocked the northern pipeline deal.',
      );
      await audit(page, 'disputes-scoped');
      await page.goto(collectionUrl);
      await page.getByRole('link', { name: 'Its sources', exact: true }).click();
      await page.waitForURL(/\/sources\?collection=/);
      await expect(page.locator('h2.item-title').allTextContents()).resolves.toEqual(
        expect.arrayContaining(['Corridor blocked', 'Pipeline blocked']),
      );
      await expect(page.locator('h2.item-title').count()).resolves.toBe(2);
      await page.goto(collectionUrl);
      await page.getByRole('link', { name: 'Its actors', exact: true }).click();
      await page.waitForURL(/\/actors\?collection=/);
      await page.getByRole('link', { name: 'Karl Tesk' }).waitFor();
      await expect(page.getByRole('link', { name: 'K. Tesk' }).count()).resolves.toBe(0);
      await audit(page, 'actors-scoped');
      await context.close();
    },
    180_000,
  );

  it.skipIf(!ready)('shows a stranger no scoped list of the private collection', async () => {
    expect(slug).not.toBe('');
    const { context, page } = await newPage(browser, webUrl);
    for (const list of ['sources', 'actors', 'disputes']) {
      const response = await page.goto(`/${list}?collection=${encodeURIComponent(slug)}`);
      expect(response?.status(), list).toBe(404);
      await expect(page.getByText('Zembla').count()).resolves.toBe(0);
    }
    await audit(page, 'scoped-not-found');
    await context.close();
  });
});
