import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, desktop, launch, newPage, phone } from './browser.ts';

const mutations = inject('apiMutations');
const ready = ['createCollection', 'addSource', 'createActor', 'createClaim', 'revertChange'].every(
  (m) => mutations.includes(m),
);

// An emoji before the quotes: evidence offsets count code points, the browser UTF-16 units.
const title = 'Talks in Arden <script>window.__injected = 1</script>';
const article = `Talks in Arden 🌍 stall over port access

The Republic of Zembla has blocked the proposed trade corridor, officials said on Tuesday.

"We will not accept a deal that hands our ports to foreign operators," Zembla's Foreign Minister Ilse Varga told reporters in Arden.

The Northern League, which includes Zembla, Ostland and Mirovia, is expected to meet again next month. "There is still time to reach an agreement before the summer," said Karl Tesk, a spokesman for the Northern League.
`;

describe('a curator brings their own article', () => {
  let browser: Browser;
  const webUrl = inject('webUrl');
  let collectionUrl = '';
  let sourceUrl = '';
  // The owner's browser, kept open so the last test can make the collection public.
  let owner: Awaited<ReturnType<typeof newPage>> | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it.skipIf(!ready)(
    'makes a private collection, adds and reviews an article, finds the accepted claim',
    async () => {
      const { context, page } = await newPage(browser, webUrl);
      await page.goto('/collections');
      await page.getByRole('link', { name: 'Sign in' }).last().waitFor();
      await page.goto('/sign-up?next=%2Fcollections');
      await page.getByLabel('Your name').fill('Cora Curator');
      await page.getByLabel('Email').fill(`curator-${Date.now()}@example.org`);
      await page.getByLabel(/^Password/).fill('correct horse battery');
      await page.getByRole('button', { name: 'Create the account' }).click();
      await page.getByRole('heading', { name: 'New collection' }).waitFor();
      await audit(page, 'collections');

      await page.getByLabel('Name', { exact: true }).fill('Arden, week 1');
      await page.getByRole('button', { name: 'Create the collection' }).click();
      await page.waitForURL(/\/collections\/arden-week-1/);
      collectionUrl = page.url();
      await expect(page.locator('h1 .badge').textContent()).resolves.toBe('private');
      await audit(page, 'collection-new');

      // A file that is not UTF-8 is refused in the browser, saying why, and announced.
      await page.getByLabel('Or a file').setInputFiles({
        name: 'latin1.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
      });
      await page.getByRole('alert').filter({ hasText: 'not valid UTF-8' }).waitFor();

      await page.getByLabel('Article text').fill(article);
      await page.getByLabel(/^Title/).fill(title);
      await page.getByLabel('Publisher').fill('Gazette');
      await page.getByLabel('Published').fill('2024-07');
      await page.getByLabel(/^Address/).fill('https://news.example/arden');
      await page.getByRole('button', { name: 'Add the source' }).click();
      await page.waitForURL(/\/sources\//);
      sourceUrl = page.url();
      await page.getByRole('heading', { name: 'Review the drafts' }).waitFor();
      // The title is text, never markup.
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
      expect(await page.evaluate(() => 'window.__injected' in window)).toBe(false);
      await expect(
        page.getByRole('link', { name: 'https://news.example/arden' }).count(),
      ).resolves.toBe(1);
      await audit(page, 'review');
      await page.setViewportSize(phone);
      await audit(page, 'review-phone');
      await page.setViewportSize(desktop);

      // Accepting the quote's claim also adds its speaker as a new actor.
      await page.getByRole('button', { name: /^Accept the claim: Ilse Varga said/ }).click();
      await page.getByRole('status').filter({ hasText: 'Claim added: Ilse Varga said' }).waitFor();
      await expect(page.getByRole('status').textContent()).resolves.toContain('1 new actor');
      await page.getByRole('button', { name: 'Reject the actor ARDEN' }).click();
      // The rejection is stored for the source before the draft goes.
      await page.getByRole('status').filter({ hasText: 'Rejected the actor ARDEN.' }).waitFor();
      await expect(
        page.getByRole('button', { name: 'Accept the actor ARDEN' }).count(),
      ).resolves.toBe(0);
      for (const name of ['Zembla', 'Northern League']) {
        await page.getByRole('button', { name: `Accept the actor ${name}`, exact: true }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Added the actor ${name}.` })
          .waitFor();
      }

      // A selection in the text becomes the passage, in code points (the emoji counts once).
      const quote = 'The Northern League, which includes Zembla, Ostland and Mirovia';
      await page.evaluate((words) => {
        const root = document.querySelector('.review-text') as HTMLElement;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const all = nodes.map((n) => n.data).join('');
        const at = all.indexOf(words);
        const end = at + words.length;
        const point = (offset: number): [Text, number] => {
          for (const n of nodes) {
            if (offset <= n.data.length) return [n, offset];
            offset -= n.data.length;
          }
          throw new Error('outside the text');
        };
        const range = document.createRange();
        range.setStart(...point(at));
        range.setEnd(...point(end));
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      }, quote);
      await page.getByText(`Evidence: “${quote}”`).waitFor();

      // By keyboard: find the words instead; then the predicate by typing.
      await page.getByLabel('Words from the text').fill('Northern League, which includes Zembla');
      await page.getByLabel('Words from the text').press('Enter');
      await page.getByText('Evidence: “Northern League, which includes Zembla”').waitFor();
      await page.getByLabel('Predicate', { exact: true }).fill('member_of');
      await page.getByLabel('Subject', { exact: true }).selectOption({ label: 'Zembla' });
      await page.getByLabel(/^Object/).selectOption({ label: 'Northern League' });
      await page.getByRole('button', { name: 'Create the claim' }).click();
      await page.getByRole('status').filter({ hasText: 'Claim added' }).waitFor();
      await audit(page, 'review-accepted');

      // Drafts already accepted are not offered again when the source is opened anew.
      await page.reload();
      await page.getByRole('heading', { name: 'Review the drafts' }).waitFor();
      const again = page.locator('#draft-claims ~ ul.plain li', { hasText: 'Ilse Varga said' });
      await expect(again.locator('.badge.right').textContent()).resolves.toBe('already a claim');
      await expect(
        page.getByRole('button', { name: /^Accept the claim: Ilse Varga said/ }).count(),
      ).resolves.toBe(0);

      // The accepted claims are in the collection, and searchable.
      await page.goto(collectionUrl);
      await page.getByLabel('Search the claims').fill('ports foreign operators');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL(/[?&]q=/);
      await page.getByText(/match(es)? “ports foreign operators”/).waitFor();
      const found = page.locator('#claims ~ ul.plain li').first();
      await expect(found.textContent()).resolves.toContain('Ilse Varga said');
      // The evidence is the draft's passage, word for word.
      await expect(found.locator('blockquote').textContent()).resolves.toContain(
        'We will not accept a deal that hands our ports to foreign operators,',
      );
      await audit(page, 'collection');

      // A quiz on the collection asks about its claims, and checks an answer against them.
      await page.getByRole('link', { name: 'Quiz me on this collection' }).click();
      await page.waitForURL(/\/quiz\?.*collection=/);
      await page.getByRole('heading', { name: 'Quiz: Arden, week 1' }).waitFor();
      await page.getByText(/^Question 1 of \d+/).waitFor();
      const typed = page.getByLabel('Your answer');
      if (await typed.count()) await typed.fill('Ilse Varga');
      else await page.locator('fieldset input').first().check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.locator('.verdict').first().waitFor();
      await expect(page.locator('[role=status] .problem').count()).resolves.toBe(0);
      await page.goto(collectionUrl);

      // The owner invites a curator by email and takes the rights back.
      await page.getByLabel('Invite a curator by email').fill('ana@example.org');
      await page.getByRole('button', { name: 'Add the curator' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'ana@example.org is now a curator' })
        .waitFor();
      await page.getByRole('button', { name: 'Remove ana@example.org' }).click();
      await page.getByRole('status').filter({ hasText: 'no longer a curator' }).waitFor();
      await page.getByText('No curators yet').waitFor();

      // The history names who did what; the newest change (the member_of claim) is reverted.
      const history = page.locator('#history ~ ul.plain li');
      await expect(history.first().textContent()).resolves.toContain('Cora Curator');
      await page
        .getByRole('button', { name: /^Revert/ })
        .first()
        .click();
      await page.getByRole('status').filter({ hasText: 'Reverted' }).waitFor();
      await page.locator('#history ~ ul.plain .badge', { hasText: 'reverted' }).first().waitFor();
      await audit(page, 'collection-history');
      owner = { context, page };
    },
  );

  it.skipIf(!ready)('is not found by anyone else', async () => {
    expect(collectionUrl).not.toBe('');
    const { context, page } = await newPage(browser, webUrl);
    for (const url of [collectionUrl, sourceUrl]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await page.getByRole('heading', { name: 'Not found' }).waitFor();
      await expect(page.getByText('Arden, week 1').count()).resolves.toBe(0);
    }
    await audit(page, 'collection-not-found');
    await context.close();
  });

  it.skipIf(!ready)('is read by everyone once its owner makes it public', async () => {
    if (!owner) throw new Error('the owner’s journey did not finish');
    await owner.page.goto(collectionUrl);
    await owner.page.getByRole('button', { name: 'Make it public' }).click();
    await owner.page.getByRole('status').filter({ hasText: 'The collection is public' }).waitFor();
    await audit(owner.page, 'collection-public');
    const { context, page } = await newPage(browser, webUrl);
    const response = await page.goto(collectionUrl);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Arden, week 1' }).waitFor();
    await expect(page.getByRole('button', { name: /^Revert/ }).count()).resolves.toBe(0);
    await context.close();
    await owner.context.close();
  });
});
