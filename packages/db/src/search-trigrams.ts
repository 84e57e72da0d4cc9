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
  trigramSimilarity(trigramList(word), trigramList(text));

/** word_similarity from both sides' trigramList, for callers that keep them. */
export function trigramSimilarity(trg1: readonly string[], trg2: readonly string[]): number {
  // Number the distinct trigrams; `found`: the trigram is one of the word's.
  const ids = new Map<string, number>();
  const found: boolean[] = [];
  for (const g of trg1) {
    if (!ids.has(g)) {
      ids.set(g, found.length);
      found.push(true);
    }
  }
  const ulen1 = found.length;
  const trg2indexes = trg2.map((g) => {
    let id = ids.get(g);
    if (id === undefined) {
      id = found.length;
      ids.set(g, id);
      found.push(false);
    }
    return id;
  });
  const lastpos = new Array<number>(found.length).fill(-1);
  let ulen2 = 0;
  let count = 0;
  let upper = -1;
  let lower = -1;
  let smlrMax = 0;
  for (let i = 0; i < trg2.length; i++) {
    const trgindex = trg2indexes[i] as number;
    if (lower >= 0 || found[trgindex]) {
      if ((lastpos[trgindex] as number) < 0) {
        ulen2++;
        if (found[trgindex]) count++;
      }
      lastpos[trgindex] = i;
    }
    if (!found[trgindex]) continue;
    upper = i;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let smlrCur = similarity(count, ulen1, ulen2);
    let tmpCount = count;
    let tmpUlen2 = ulen2;
    const prevLower = lower;
    for (let tmpLower = lower; tmpLower <= upper; tmpLower++) {
      const smlrTmp = similarity(tmpCount, ulen1, tmpUlen2);
      if (smlrTmp > smlrCur) {
        smlrCur = smlrTmp;
        ulen2 = tmpUlen2;
        lower = tmpLower;
        count = tmpCount;
      }
      const tmpTrgindex = trg2indexes[tmpLower] as number;
      if (lastpos[tmpTrgindex] === tmpLower) {
        tmpUlen2--;
        if (found[tmpTrgindex]) tmpCount--;
      }
    }
    smlrMax = Math.max(smlrMax, smlrCur);
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const tmpTrgindex = trg2indexes[tmpLower] as number;
      if (lastpos[tmpTrgindex] === tmpLower) lastpos[tmpTrgindex] = -1;
    }
  }
  return smlrMax;
}
