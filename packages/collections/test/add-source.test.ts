import { createHash } from 'node:crypto';
import type { Database } from '@attest/db';
import { openTestDatabase } from '@attest/db/testing';
import { AttestError } from '@attest/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource, createCollection, MAX_SOURCE_CHARACTERS } from '../src/index.ts';

const ARTICLE = `Ministers meet in Arden\n\n“We will open the office next year,” Ana Lindström said on Tuesday.\r\nThe plan — first floated in 2023 — drew criticism.\n`;

describe('addSource', () => {
  let db: Database;
  let collectionId: string;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    const owner = await db.prisma.user.create({
      data: { id: 'u1', name: 'Owner', email: 'owner@example.org' },
    });
    collectionId = (await createCollection(db.prisma, owner.id, { name: 'Arden news' })).id;
  });
  afterAll(() => db.close());

  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttestError);
    return error as AttestError;
  };
  const sourceCount = () => db.prisma.source.count({ where: { collectionId } });

  it('keeps the text byte for byte, with its SHA-256, title, date and precision', async () => {
    const source = await addSource(db.prisma, collectionId, {
      text: ARTICLE,
      title: 'Arden office',
      published: '2024-07',
      url: 'https://news.example/arden',
    });
    expect(source.text).toBe(ARTICLE);
    expect(source.contentHash).toBe(createHash('sha256').update(ARTICLE, 'utf8').digest('hex'));
    expect(source).toMatchObject({
      title: 'Arden office',
      publishedPrecision: 'MONTH',
      url: 'https://news.example/arden',
      collectionId,
    });
    expect(source.publishedAt?.toISOString().slice(0, 7)).toBe('2024-07');
  });

  it('refuses a text the collection already holds, naming the source', async () => {
    const before = await sourceCount();
    const error = await refusal(addSource(db.prisma, collectionId, { text: ARTICLE }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Arden office');
    expect(error.details.existingSourceId).toEqual(expect.any(String));
    expect(await sourceCount()).toBe(before);
  });

  it.each([
    ['empty', '', /empty/],
    ['whitespace', ' \n\t ', /empty/],
    ['too long', 'a'.repeat(MAX_SOURCE_CHARACTERS + 1), /200,000/],
    ['binary', 'PK\u0003\u0004\u0000\u0000 zip', /binary/],
    ['badly decoded', 'caf\uFFFD au lait', /UTF-8/],
    ['a lone surrogate', 'half \uD800 of a pair', /UTF-8/],
  ])('refuses %s text, writing nothing', async (_what, text, message) => {
    const before = await sourceCount();
    const error = await refusal(addSource(db.prisma, collectionId, { text }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(await sourceCount()).toBe(before);
  });

  it('refuses a date that is not a year, month or day, and a URL that is not http', async () => {
    const date = await refusal(
      addSource(db.prisma, collectionId, { text: 'Another text.', published: 'July 2024' }),
    );
    expect(date.message).toContain('"published"');
    const url = await refusal(
      addSource(db.prisma, collectionId, { text: 'Another text.', url: 'javascript:alert(1)' }),
    );
    expect(url.message).toContain('"url"');
  });

  it('reduces an HTML page to its article', async () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the story: the foreign minister said the alliance would review the plan for the liaison office in the spring.</p>`;
    const html = `<!doctype html><html><head><title>Office plan | Gazette</title><script>alert('x')</script></head>
      <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
      <article><h1>Office plan</h1>${[1, 2, 3, 4].map(paragraph).join('')}</article>
      <footer>Subscribe to our newsletter</footer></body></html>`;
    const source = await addSource(db.prisma, collectionId, { text: html, format: 'HTML' });
    expect(source.text).toContain('Paragraph 1 of the story');
    expect(source.text).toContain('Paragraph 4 of the story');
    for (const furniture of ['<p>', 'alert(', 'Subscribe', 'World'])
      expect(source.text).not.toContain(furniture);
    expect(source.title).toContain('Office plan');
  });

  it('refuses an HTML page with no article', async () => {
    const error = await refusal(
      addSource(db.prisma, collectionId, {
        text: '<html><body><nav><a href="/">Home</a></nav></body></html>',
        format: 'HTML',
      }),
    );
    expect(error.message).toMatch(/No article/);
  });
});
