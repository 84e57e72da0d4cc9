/**
 * pg_trgm's trigrams and word_similarity, in JavaScript, for text that attest_normalize() has
 * folded to ASCII letters, digits and spaces (callers check with `isFoldedAscii`): the same
 * numbers as the database's, float4 rounding included, so that ranking in memory orders claims
 * exactly as the SQL does. Ported from contrib/pg_trgm/trgm_op.c (generate_trgm_only,
 * calc_word_similarity, iterate_word_similarity).
 */

/** Whether pg_trgm would see this text as we do: lower-case ASCII words split by non-alnums. */
export const isFoldedAscii = (text: string): boolean =>
  /^[\x20-\x7e]*$/.test(text) && !/[A-Z]/.test(text);

/** Each word padded "  word " and cut into its trigrams, in order, repeats kept. */
export function trigramList(text: string): string[] {
  const grams: string[] = [];
  for (const word of text.match(/[a-z0-9]+/g) ?? []) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  }
  return grams;
}

/** show_trgm(): the distinct trigrams. */
export const trigramSet = (text: string): Set<string> => new Set(trigramList(text));

const f32 = Math.fround;
/** CALCSML with DIVUNION, in float4. */
const similarity = (count: number, len1: number, len2: number) =>
  f32(count / (len1 + len2 - count));

/**
 * word_similarity(word, text): the greatest similarity between the trigrams of `word` and those
 * of a stretch of `text`'s trigrams (pg_trgm's plain, not strict, variant).
 */
export const wordSimilarity = (word: string, text: string): number =>
  trigramSimilarity(trigramIds(word), trigramIds(text));

/**
 * Trigrams as small integers, the same for the same trigram everywhere in the process (there are
 * at most some 55,000 of lower-case ASCII words): word_similarity then works on typed arrays.
 */
const interned = new Map<string, number>();

/** trigramList(text) as interned ids. */
export function trigramIds(text: string): Int32Array {
  const grams = trigramList(text);
  const ids = new Int32Array(grams.length);
  grams.forEach((gram, i) => {
    let id = interned.get(gram);
    if (id === undefined) {
      id = interned.size;
      interned.set(gram, id);
    }
    ids[i] = id;
  });
  return ids;
}

/** How many trigrams have ids so far: every id is below it. */
export const internedTrigrams = (): number => interned.size;

/** Scratch space by trigram id, grown as trigrams are interned. */
let found = new Uint8Array(1024);
let lastpos = new Int32Array(1024);

/**
 * word_similarity from both sides' trigramIds, for callers that keep them: pg_trgm's
 * iterate_word_similarity, with the same result to the last bit.
 *
 * At each position of the text whose trigram the word holds (`upper`), pg_trgm tries every lower
 * bound from the current one up to it, in order, keeping the first that is strictly better.
 * Moving the bound past a trigram the word does not hold only drops that trigram from the
 * stretch (when it does not occur again before `upper`), which never lowers the similarity; so
 * the best bound is at a position of one of the word's trigrams, and where pg_trgm would stop
 * just before one at the same similarity, the counts it keeps are the same and so are its later
 * choices. Only those positions are computed here (the scan itself stays). test/search-trigrams
 * checks this against the plain port (test/reference-similarity.ts) and pg_trgm itself.
 */
export function trigramSimilarity(trg1: Int32Array, trg2: Int32Array): number {
  if (found.length < interned.size) {
    found = new Uint8Array(interned.size * 2);
    lastpos = new Int32Array(interned.size * 2);
  }
  // Locals rather than the module's bindings in the loops: measured faster in V8.
  const found_ = found;
  const lastpos_ = lastpos;
  let ulen1 = 0;
  for (const id of trg1) {
    if (!found_[id]) ulen1++;
    found_[id] = 1;
  }
  for (const id of trg2) lastpos_[id] = -1;
  let ulen2 = 0;
  let count = 0;
  let upper = -1;
  let lower = -1;
  let smlrMax = 0;
  for (let i = 0; i < trg2.length; i++) {
    const trgindex = trg2[i] as number;
    if (lower >= 0 || found_[trgindex]) {
      if ((lastpos_[trgindex] as number) < 0) {
        ulen2++;
        if (found_[trgindex]) count++;
      }
      lastpos_[trgindex] = i;
    }
    if (!found_[trgindex]) continue;
    upper = i;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let smlrCur = similarity(count, ulen1, ulen2);
    let tmpCount = count;
    let tmpUlen2 = ulen2;
    const prevLower = lower;
    for (let tmpLower = prevLower; tmpLower <= upper; tmpLower++) {
      const tmpTrgindex = trg2[tmpLower] as number;
      // pg_trgm tries every lower bound; only those at a trigram the word holds can win (see
      // the function's comment), so only they are computed.
      if (tmpLower > prevLower && found_[tmpTrgindex]) {
        const smlrTmp = similarity(tmpCount, ulen1, tmpUlen2);
        if (smlrTmp > smlrCur) {
          smlrCur = smlrTmp;
          ulen2 = tmpUlen2;
          lower = tmpLower;
          count = tmpCount;
        }
      }
      if (lastpos_[tmpTrgindex] === tmpLower) {
        tmpUlen2--;
        if (found_[tmpTrgindex]) tmpCount--;
      }
    }
    smlrMax = Math.max(smlrMax, smlrCur);
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const tmpTrgindex = trg2[tmpLower] as number;
      if (lastpos_[tmpTrgindex] === tmpLower) lastpos_[tmpTrgindex] = -1;
    }
  }
  for (const id of trg1) found_[id] = 0;
  return smlrMax;
}

/**
 * How many of `question`'s distinct trigrams `text` holds (both trigramIds): the size of the
 * intersection of their trigram sets, without building either set.
 */
export function sharedTrigrams(question: Int32Array, text: Int32Array): number {
  if (found.length < interned.size) {
    found = new Uint8Array(interned.size * 2);
    lastpos = new Int32Array(interned.size * 2);
  }
  for (const id of question) found[id] = 1;
  let count = 0;
  for (const id of text) {
    if (found[id] === 1) {
      count++;
      found[id] = 2;
    }
  }
  for (const id of question) found[id] = 0;
  return count;
}
