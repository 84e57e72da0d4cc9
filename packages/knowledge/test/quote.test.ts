import { describe, expect, it } from 'vitest';
import { locateQuote, QuoteNotFoundError, sliceCodePoints } from '../src/index.ts';

describe('locateQuote', () => {
  const text = 'One. “Two,” said Ana. One. Three.';

  it('returns code point offsets that slice the text to the quote, with context', () => {
    const found = locateQuote(text, '“Two,” said Ana');
    expect(sliceCodePoints(text, found.start, found.end)).toBe('“Two,” said Ana');
    expect(found.prefix).toBe('One. ');
    expect(found.suffix).toBe('. One. Three.');
  });

  it('takes the occurrence at the stated offset', () => {
    expect(locateQuote(text, 'One.', 22).start).toBe(22);
    expect(() => locateQuote(text, 'One.', 3)).toThrow('not at offset 3; it first occurs at 0');
  });

  it('counts code points, not UTF-16 units', () => {
    const found = locateQuote('🦊 fox 🦊 den', 'den');
    expect(found.start).toBe(8);
    expect(sliceCodePoints('🦊 fox 🦊 den', found.start, found.end)).toBe('den');
  });

  it('rejects a quote that is not verbatim, and says when only punctuation differs', () => {
    expect(() => locateQuote(text, 'Four')).toThrow(QuoteNotFoundError);
    expect(() => locateQuote(text, '"Two," said Ana')).toThrow(
      /punctuation, quote marks or spacing differ/,
    );
    expect(() => locateQuote(text, '')).toThrow('the quote is empty');
  });
});
