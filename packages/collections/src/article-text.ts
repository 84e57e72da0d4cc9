import { AttestError } from '@attest/errors';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const MIN_ARTICLE_WORDS = 20;

/**
 * The article in an HTML page as plain text (Readability, as Firefox's reader view does): page
 * furniture, scripts and markup gone, paragraphs kept apart by blank lines. Nothing it links to
 * is fetched.
 */
export function articleFromHtml(html: string): { text: string; title: string | null } {
  const { document } = parseHTML(html);
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      charThreshold: 100,
    },
  ).parse();
  const container = article?.content
    ? parseHTML(`<html><body>${article.content}</body></html>`).document
    : null;
  const blocks = container
    ? [...container.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,blockquote,pre')]
        // Only the innermost blocks: a <li> holding a <p> would repeat its text.
        .filter((el) => !el.querySelector('h1,h2,h3,h4,h5,h6,p,li,blockquote,pre'))
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter(Boolean)
    : [];
  const text = blocks.length > 0 ? blocks.join('\n\n') : (article?.textContent ?? '').trim();
  // A page whose "article" is a few words (a menu, a cookie notice) has none.
  if (text.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS) {
    throw new AttestError(
      'BAD_USER_INPUT',
      'No article was found in this HTML page: paste the article text instead.',
    );
  }
  return { text, title: article?.title?.trim() || null };
}
