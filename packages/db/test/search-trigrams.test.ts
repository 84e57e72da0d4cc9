import { loadKnowledgeBase } from '@attest/knowledge';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { naturalQuestions } from '../bench/questions.ts';
import { type Database, type DatabaseKind, seedKnowledgeBase } from '../src/index.ts';
import {
  isFoldedAscii,
  trigramIds,
  trigramSimilarity,
  wordSimilarity,
} from '../src/search-trigrams.ts';
import { openTestDatabase } from '../src/testing.ts';
import { referenceSimilarity } from './reference-similarity.ts';

/** The port of pg_trgm's word_similarity against pg_trgm itself, to the last bit of its float4. */
describe.each<DatabaseKind>(['pglite', 'postgres'])('wordSimilarity on %s', (kind) => {
  const kb = loadKnowledgeBase();
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind, inject('postgresUrl'));
    await seedKnowledgeBase(db.prisma, kb);
  });
  afterAll(() => db.close());

  it('gives word_similarity(question, claim text) for questions against many claims', async () => {
    const texts = (
      await db.prisma.$queryRaw<
        { text: string }[]
      >`SELECT "searchText" AS text FROM "Claim" ORDER BY id`
    ).map((row) => row.text);
    const ask = naturalQuestions(kb, `search-trigrams-${kind}`);
    const pairs: [string, string][] = [];
    for (let i = 0; i < 300; i++) {
      const [question] = await db.prisma.$queryRaw<{ normalized: string }[]>`
        SELECT attest_normalize(${ask()}) AS normalized`;
      pairs.push([question?.normalized ?? '', texts[(i * 7919) % texts.length] ?? '']);
    }
    pairs.push(
      ['stoltenburg', 'jens stoltenberg nato secretary general'],
      ['', 'a b'],
      ['abc', ''],
    );
    const folded = pairs.filter(([q, t]) => isFoldedAscii(q) && isFoldedAscii(t));
    expect(folded.length).toBeGreaterThan(250);
    const sql = await db.prisma.$queryRaw<{ similarity: number }[]>`
      SELECT word_similarity(q, t)::float8 AS similarity
      FROM unnest(${folded.map((p) => p[0])}::text[], ${folded.map((p) => p[1])}::text[])
        WITH ORDINALITY AS p(q, t, n)
      ORDER BY n`;
    expect(folded.map(([q, t]) => wordSimilarity(q, t))).toEqual(sql.map((row) => row.similarity));
  });
});

/** The faster word_similarity against the plain port of pg_trgm's loop, on texts full of repeats. */
describe('trigramSimilarity', () => {
  it('gives what the plain port gives, to the last bit', () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    // Few letters: short words and many repeated trigrams, where the bounds move most.
    const text = (words: number, letters: string) =>
      Array.from({ length: words }, () =>
        Array.from(
          { length: 1 + Math.floor(next() * 6) },
          () => letters[Math.floor(next() * letters.length)],
        ).join(''),
      ).join(' ');
    let compared = 0;
    for (let i = 0; i < 3000; i++) {
      const letters = 'abcdefgh'.slice(0, 2 + (i % 7));
      const word = trigramIds(text(1 + Math.floor(next() * 4), letters));
      const long = trigramIds(text(1 + Math.floor(next() * 40), letters));
      const expected = referenceSimilarity(word, long);
      expect({ i, similarity: trigramSimilarity(word, long) }).toEqual({ i, similarity: expected });
      if (expected > 0 && expected < 1) compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
