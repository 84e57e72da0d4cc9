import { normalizeName } from './normalize.ts';
import type { TextQuote } from './types.ts';

/** How much context a TextQuoteSelector keeps on each side, in code points. */
export const CONTEXT_LENGTH = 32;

export class QuoteNotFoundError extends Error {
  override name = 'QuoteNotFoundError';
}

const codePoints = (text: string) => Array.from(text);

/**
 * Finds `quote` verbatim in `text` (at code point offset `start` when given, else its first
 * occurrence) and returns its exact offsets and context. Throws QuoteNotFoundError otherwise.
 */
export function locateQuote(text: string, quote: string, start?: number): TextQuote {
  if (quote.length === 0) throw new QuoteNotFoundError('the quote is empty');
  const chars = codePoints(text);
  const quoteLength = codePoints(quote).length;
  let at: number;
  if (start !== undefined) {
    if (chars.slice(start, start + quoteLength).join('') !== quote) {
      const found = findCodePoint(text, quote);
      throw new QuoteNotFoundError(
        found === -1
          ? `not verbatim in the source${nearMiss(text, quote)}`
          : `not at offset ${start}; it first occurs at ${found}`,
      );
    }
    at = start;
  } else {
    at = findCodePoint(text, quote);
    if (at === -1)
      throw new QuoteNotFoundError(`not verbatim in the source${nearMiss(text, quote)}`);
  }
  const end = at + quoteLength;
  return {
    quote,
    start: at,
    end,
    prefix: chars.slice(Math.max(0, at - CONTEXT_LENGTH), at).join(''),
    suffix: chars.slice(end, end + CONTEXT_LENGTH).join(''),
  };
}

/** The code point offset of the first occurrence of `needle`, or -1. */
export function findCodePoint(text: string, needle: string, fromCodePoint = 0): number {
  const from = codePoints(text).slice(0, fromCodePoint).join('').length;
  const unit = text.indexOf(needle, from);
  return unit === -1 ? -1 : codePoints(text.slice(0, unit)).length;
}

/** Slices `text` by code point offsets. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return codePoints(text).slice(start, end).join('');
}

/** A hint for the common near-miss: the words are there but punctuation or spacing differs. */
function nearMiss(text: string, quote: string): string {
  const wanted = normalizeName(quote);
  return wanted.length > 0 && normalizeName(text).includes(wanted)
    ? ' (the words are there, but punctuation, quote marks or spacing differ)'
    : '';
}
