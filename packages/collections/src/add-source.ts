import { createHash } from 'node:crypto';
import type { Db, SourceGenre } from '@attest/db';
import { AttestError } from '@attest/errors';
import { parsePartialDate, toDate } from '@attest/knowledge';
import { z } from 'zod';
import { articleFromHtml } from './article-text.ts';
import { parseInput } from './parse-input.ts';

export const MAX_SOURCE_CHARACTERS = 200_000;

const AddSourceInput = z.object({
  text: z.string(),
  /** How `text` is written: plain text and Markdown are kept as they are; HTML is reduced to its article. */
  format: z.enum(['TEXT', 'MARKDOWN', 'HTML']).nullish(),
  title: z.string().trim().max(300, 'A title is at most 300 characters.').nullish(),
  publisher: z.string().trim().max(200, 'A publisher is at most 200 characters.').nullish(),
  /** "2024", "2024-07" or "2024-07-11": the precision is what is given. */
  published: z.string().trim().nullish(),
  url: z
    .url({ protocol: /^https?$/, message: 'A URL starts with http:// or https://.' })
    .max(2000, 'A URL is at most 2,000 characters.')
    .nullish(),
  genre: z.enum(['NEWS', 'OPINION', 'BLOG']).nullish(),
});
export type AddSourceInput = z.input<typeof AddSourceInput>;

// C0 controls other than tab, line feed, form feed and carriage return: a text file has none.
const isBinary = (text: string) =>
  [...text].some((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\f' && ch !== '\r';
  });
// A lone surrogate or U+FFFD: bytes that were not valid UTF-8 where the text was decoded.
const NOT_UTF8 = /\p{Cs}|\uFFFD/u;

/**
 * Adds a text to a collection, kept byte for byte with its SHA-256 (HTML first reduced to its
 * article). Refused, with nothing written: empty, too long, binary or badly decoded text, an
 * HTML page without an article, and a text the collection already holds.
 */
export async function addSource(prisma: Db, collectionId: string, input: AddSourceInput) {
  const data = parseInput(AddSourceInput, input);
  const published = data.published ? parsePartialDate(data.published) : null;
  if (data.published && !published) {
    throw new AttestError(
      'BAD_USER_INPUT',
      `"published" is "${data.published}"; give a year, a month or a day: "2024", "2024-07" or "2024-07-11".`,
    );
  }
  const checked = checkText(data.text, '"text"');
  const article = data.format === 'HTML' ? articleFromHtml(checked) : null;
  const text = article ? checkText(article.text, 'The article in this page') : checked;
  const title = data.title || article?.title || firstLine(text);
  const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
  const existing = await prisma.source.findUnique({
    where: { collectionId_contentHash: { collectionId, contentHash } },
    select: { id: true, title: true },
  });
  if (existing) {
    throw new AttestError(
      'CONFLICT',
      `This collection already holds this text, as “${existing.title}”.`,
      { existingSourceId: existing.id },
    );
  }
  return prisma.source.create({
    data: {
      collectionId,
      title,
      publisher: data.publisher || null,
      url: data.url ?? null,
      publishedAt: published ? toDate(published) : null,
      publishedPrecision: published?.precision ?? null,
      genre: (data.genre ?? 'NEWS') as SourceGenre,
      text,
      contentHash,
    },
  });
}

function checkText(text: string, what: string): string {
  if (text.trim() === '') throw new AttestError('BAD_USER_INPUT', `${what} is empty.`);
  const length = [...text].length;
  if (length > MAX_SOURCE_CHARACTERS) {
    throw new AttestError(
      'BAD_USER_INPUT',
      `${what} is ${length.toLocaleString('en')} characters; a source is at most ${MAX_SOURCE_CHARACTERS.toLocaleString('en')}.`,
    );
  }
  if (isBinary(text))
    throw new AttestError('BAD_USER_INPUT', `${what} holds binary data, not text.`);
  if (NOT_UTF8.test(text)) {
    throw new AttestError(
      'BAD_USER_INPUT',
      `${what} holds bytes that are not valid UTF-8 (shown as �); save the file as UTF-8 and try again.`,
    );
  }
  return text;
}

/** A title for a text given none: its first line, shortened. */
function firstLine(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
