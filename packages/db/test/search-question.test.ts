import { loadKnowledgeBase } from '@attest/knowledge';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { naturalQuestions } from '../bench/questions.ts';
import { type Database, type DatabaseKind, seedKnowledgeBase } from '../src/index.ts';
import { foldQuestion } from '../src/search-question.ts';
import { openTestDatabase } from '../src/testing.ts';

/** A small deterministic generator (mulberry32), so a failure names a string that stays. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters from the ranges where folding is most likely to go wrong. */
const RANGES: [number, number][] = [
  [0x20, 0x7e], // ASCII, punctuation included
  [0xa0, 0x24f], // Latin-1, Latin Extended A and B
  [0x300, 0x36f], // combining diacritics
  [0x370, 0x3ff], // Greek (final sigma)
  [0x400, 0x4ff], // Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x215f], // punctuation, symbols, number forms (¼, ℃, ™)
  [0x2460, 0x24ff], // enclosed alphanumerics
  [0xfb00, 0xfb06], // ligatures (ﬁ)
  [0xff01, 0xff5e], // full-width forms
];

function randomString(next: () => number): string {
  const length = 1 + Math.floor(next() * 24);
  let s = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = RANGES[Math.floor(next() * RANGES.length)] as [number, number];
    s += next() < 0.3 ? ' ' : String.fromCharCode(lo + Math.floor(next() * (hi - lo + 1)));
  }
  return s;
}

describe.each<DatabaseKind>(['pglite', 'postgres'])('foldQuestion on %s', (kind) => {
  const kb = loadKnowledgeBase();
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind, inject('postgresUrl'));
    await seedKnowledgeBase(db.prisma, kb);
  });
  afterAll(() => db.close());

  const next = random(18);
  const strings = [
    '',
    '   ',
    "?!'`’",
    'Who blocked the Tokyo office?',
    'Billström',
    'BILLSTRÖM’s   “view”',
    'Billstro\u0308m', // o and a combining diaeresis
    'Straße Œuvre ﬁnance Ærø Łódź İstanbul ΣΟΦΟΣ σοφος',
    'naïve café résumé — 50%, ½ of ¼… ™ ℃ ①②',
    'Ｆｕｌｌ ｗｉｄｔｈ ＮＡＴＯ',
    "don't it's O'Neil rock'n'roll",
    'running runs ran runner easily fairly generously',
    'e2e 1st 2014 3.14 v1.2 user@example.com http://x.org/a-b',
    ...kb.claims.map((c) => c.statement),
    ...kb.actors.flatMap((a) => [a.name, ...a.aliases.map((alias) => alias.name)]),
    ...kb.predicates.map((p) => p.label),
    ...Array.from({ length: 60 }, naturalQuestions(kb, `search-question-${kind}`)),
    ...Array.from({ length: 400 }, () => randomString(next)),
  ];

  it('folds and stems every string exactly as attest_normalize and to_tsvector do', async () => {
    const sql = await db.prisma.$queryRaw<{ normalized: string; lexemes: string[] }[]>`
      SELECT normalized, tsvector_to_array(to_tsvector('english', normalized)) AS lexemes
      FROM (SELECT attest_normalize(t) AS normalized, n FROM unnest(${strings}::text[]) WITH ORDINALITY s(t, n)) f
      ORDER BY n
    `;
    let folded = 0;
    for (const [i, text] of strings.entries()) {
      const mine = await foldQuestion(db.prisma, text);
      if (mine === undefined) continue;
      folded++;
      expect({ text, ...mine }).toEqual({ text, ...sql[i] });
    }
    // Only text with characters past the Basic Multilingual Plane is left to the database.
    expect(folded).toBe(strings.length);
  });

  it('leaves astral characters to the database', async () => {
    expect(await foldQuestion(db.prisma, 'NATO 🙂')).toBeUndefined();
  });
});
