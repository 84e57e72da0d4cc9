import type { Db } from './db.ts';

/**
 * A question's folded text and stemmed words, as the search SQL gets them from
 * `attest_normalize(text)` and `tsvector_to_array(to_tsvector('english', normalized))`, computed
 * in the API process so that a search sends no statement for them.
 *
 * Nothing here re-implements PostgreSQL: both tables are read from the database itself, so they
 * follow its unaccent rules, its character classes and its stemmer.
 * - Folding: `attest_normalize` lowers, unaccents, drops apostrophes and turns every run of
 *   other non-alphanumerics into one space, character by character (unaccent's rules map single
 *   characters). So the folded text is each character's own folding, spaces collapsed and
 *   trimmed. The foldings of every character of the Basic Multilingual Plane that it changes
 *   are read once, in one statement; text with any other character (astral, or NUL) is folded
 *   by the database.
 * - Stemming: after folding, the text is words separated by single spaces, and the parser
 *   never joins two of them, so a question's lexemes are the union of its words' lexemes. Each
 *   word's are asked of the database once (those of the claims' own words all at once, on the
 *   first search) and kept: a question whose words were all seen before needs no statement.
 * test/search-question.test.ts checks both against the SQL on many strings.
 */

export interface FoldedQuestion {
  normalized: string;
  /** Distinct, in the order of tsvector_to_array (byte order of their UTF-8, i.e. code points). */
  lexemes: string[];
}

interface Tables {
  /** Each changed character's folding, by UTF-16 code unit (undefined: the character itself). */
  folding: (string | undefined)[];
  stems: Map<string, string[]>;
}

/** Words kept at most: an unbounded stream of new words must not grow the process without end. */
const MAX_WORDS = 200_000;

const tables = new WeakMap<Db, Promise<Tables>>();

async function loadTables(prisma: Db): Promise<Tables> {
  // attest_normalize trims: the character is read between two letters that fold to themselves.
  const [changed, words] = await Promise.all([
    prisma.$queryRaw<{ code: number; piece: string }[]>`
      SELECT code, substr(folded, 2, length(folded) - 2) AS piece
      FROM (
        SELECT i AS code, attest_normalize('a' || chr(i) || 'a') AS folded
        FROM generate_series(1, 65535) i WHERE i NOT BETWEEN 55296 AND 57343
      ) f
      WHERE substr(folded, 2, length(folded) - 2) IS DISTINCT FROM chr(code)
    `,
    prisma.$queryRaw<{ word: string; lexemes: string[] }[]>`
      SELECT word, tsvector_to_array(to_tsvector('english', word)) AS lexemes
      FROM (
        SELECT regexp_split_to_table("searchText", ' ') AS word FROM "Claim"
        UNION SELECT regexp_split_to_table("searchName", ' ') FROM "Actor"
      ) w
      WHERE word <> ''
      LIMIT ${MAX_WORDS}
    `,
  ]);
  const folding: (string | undefined)[] = new Array(65536);
  for (const { code, piece } of changed) folding[code] = piece;
  return { folding, stems: new Map(words.map((w) => [w.word, w.lexemes])) };
}

/** Folds as attest_normalize does; undefined for text this cannot fold (see above). */
export function foldText(folding: (string | undefined)[], text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    out += folding[code] ?? text[i];
  }
  return out.replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}

/** Code point order, which is UTF-8 byte order; JavaScript's default order differs only past U+FFFF. */
const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The question as the search SQL reads it, with no statement when its words were seen before,
 * one otherwise; undefined when it holds a character folded only by the database.
 */
export async function foldQuestion(prisma: Db, text: string): Promise<FoldedQuestion | undefined> {
  let loading = tables.get(prisma);
  if (!loading) {
    loading = loadTables(prisma);
    tables.set(prisma, loading);
    // A failed load is tried again on the next search.
    loading.catch(() => {
      if (tables.get(prisma) === loading) tables.delete(prisma);
    });
  }
  const { folding, stems } = await loading;
  const normalized = foldText(folding, text);
  if (normalized === undefined) return undefined;
  const words = normalized === '' ? [] : [...new Set(normalized.split(' '))];
  const unknown = words.filter((word) => !stems.has(word));
  if (unknown.length > 0) {
    const rows = await prisma.$queryRaw<{ word: string; lexemes: string[] }[]>`
      SELECT word, tsvector_to_array(to_tsvector('english', word)) AS lexemes
      FROM unnest(${unknown}::text[]) word
    `;
    const fresh = new Map(rows.map((row) => [row.word, row.lexemes]));
    for (const [word, lexemes] of fresh) if (stems.size < MAX_WORDS) stems.set(word, lexemes);
    return { normalized, lexemes: lexemesOf(words, fresh, stems) };
  }
  return { normalized, lexemes: lexemesOf(words, stems) };
}

function lexemesOf(words: string[], ...maps: Map<string, string[]>[]): string[] {
  const lexemes = new Set<string>();
  for (const word of words) {
    const found = maps.find((map) => map.has(word))?.get(word);
    if (!found) throw new Error(`No lexemes read for the word "${word}".`);
    for (const lexeme of found) lexemes.add(lexeme);
  }
  return [...lexemes].sort(byCodePoint);
}
