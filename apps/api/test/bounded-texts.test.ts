import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedTexts } from '../src/bounded-texts.ts';

describe('boundedTexts (the response cache’s store)', () => {
  it('keeps at most N entries and N characters, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 500 }),
        fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 120 })), {
          maxLength: 200,
        }),
        (maxEntries, maxChars, writes) => {
          const texts = boundedTexts(maxEntries, maxChars);
          for (const [key, text] of writes) {
            texts.set(key, text);
            expect(texts.size).toBeLessThanOrEqual(maxEntries);
            expect(texts.chars).toBeLessThanOrEqual(maxChars);
          }
        },
      ),
      { seed: 18, numRuns: 300 },
    );
  });

  it('stays at N entries after N + k distinct keys, dropping the least recently used', () => {
    const texts = boundedTexts(3, 1_000);
    for (const key of ['a', 'b', 'c']) texts.set(key, key.repeat(10));
    expect(texts.get('a')).toBe('aaaaaaaaaa'); // now the most recently used
    for (const key of ['d', 'e']) texts.set(key, key.repeat(10));
    expect(texts.size).toBe(3);
    expect(texts.chars).toBe(30);
    expect([texts.get('b'), texts.get('c')]).toEqual([undefined, undefined]);
    expect([texts.get('a'), texts.get('d'), texts.get('e')]).toEqual([
      'a'.repeat(10),
      'd'.repeat(10),
      'e'.repeat(10),
    ]);
  });

  it('drops the oldest texts to stay within the characters, and never keeps an oversized one', () => {
    const texts = boundedTexts(100, 25);
    texts.set('a', 'x'.repeat(10));
    texts.set('b', 'x'.repeat(10));
    texts.set('c', 'x'.repeat(10));
    expect(texts.get('a')).toBeUndefined();
    expect(texts.chars).toBe(20);
    texts.set('huge', 'x'.repeat(26));
    expect(texts.get('huge')).toBeUndefined();
    expect(texts.size).toBe(2);
    texts.set('b', 'y');
    expect(texts.chars).toBe(11);
    texts.clear();
    expect([texts.size, texts.chars]).toEqual([0, 0]);
  });
});
