import { describe, expect, it } from 'vitest';
import { ExtractionInputError, extract, MAX_TEXT_LENGTH } from '../src/index.ts';
import { known, vocabulary } from './support.ts';

describe('input', () => {
  const options = { actors: known, predicates: vocabulary };
  it.each(['', '   \n\t '])('refuses an empty text (%j) with a clear error', (text) => {
    expect(() => extract(text, options)).toThrow(ExtractionInputError);
    expect(() => extract(text, options)).toThrow(/empty/);
  });

  it('refuses a text over the limit, saying the limit', () => {
    expect(() => extract('a'.repeat(MAX_TEXT_LENGTH + 1), options)).toThrow(
      String(MAX_TEXT_LENGTH),
    );
  });

  it('reads a text with no actors or quotes as empty drafts', () => {
    expect(extract('the weather was mild and nothing happened.', options)).toEqual({
      actors: [],
      quotes: [],
      claims: [],
      suggestions: [],
    });
  });
});
