import { describe, expect, it } from 'vitest';
import { SimilarityMemo } from '../src/search-similarity-memo.ts';
import { sharedTrigrams, trigramIds, trigramSimilarity } from '../src/search-trigrams.ts';

/** A small seeded generator, so that a failure repeats. */
function random(seed: number): () => number {
  let h = seed;
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

/**
 * The memo gives each text what the direct computation gives, also for texts that share a pattern
 * (copies of a statement with other actors' numbers) and for texts that differ only where the
 * question's trigrams are (which must not share a result).
 */
describe('SimilarityMemo', () => {
  const next = random(7);
  const words = ['japan', 'tokyo', 'office', 'blocked', 'nato', 'opened', 'an', 'the', 'a', 'japa'];
  const pick = () => words[Math.floor(next() * words.length)] as string;
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');

  it('gives the same shared count and similarity as computing them directly', () => {
    for (let q = 0; q < 60; q++) {
      const question = trigramIds(sentence(1 + Math.floor(next() * 4)));
      const memo = new SimilarityMemo(question);
      const base = Array.from({ length: 20 }, () => sentence(2 + Math.floor(next() * 12)));
      // Copies renamed as the scaled corpus renames actors, repeats, and texts of shuffled words.
      const texts = base.flatMap((text, i) => [
        text,
        `${text} ${i % 7}`,
        `${text} ${10 + i}`,
        `${i} ${text} ${i}`,
        `${text} ${pick()}`,
        text.split(' ').reverse().join(' '),
      ]);
      for (const text of [...texts, ...texts]) {
        const ids = trigramIds(text);
        // A fresh array for each text: the memo is reached by pattern, not by identity.
        const copy = Int32Array.from(ids);
        expect({ text, shared: memo.shared(copy), similarity: memo.similarity(copy) }).toEqual({
          text,
          shared: sharedTrigrams(question, ids),
          similarity: trigramSimilarity(question, ids),
        });
      }
    }
  });

  it('shares one computation between copies that differ in trigrams the question lacks', () => {
    const question = trigramIds('who blocked the tokyo office');
    const memo = new SimilarityMemo(question);
    const a = trigramIds('japan 17 blocked the tokyo office');
    const b = trigramIds('japan 23 blocked the tokyo office');
    const c = trigramIds('japan 23 blocked the tokyo offices');
    expect(memo.similarity(a)).toBe(trigramSimilarity(question, a));
    expect(memo.similarity(b)).toBe(trigramSimilarity(question, b));
    expect(memo.similarity(c)).toBe(trigramSimilarity(question, c));
    expect(memo.similarity(c)).not.toBe(memo.similarity(a));
  });
});
