/**
 * pg_trgm's iterate_word_similarity (contrib/pg_trgm/trgm_op.c) as written there: for each
 * position, every lower bound is tried. The reference src/search-trigrams.ts's faster
 * trigramSimilarity must match to the last bit.
 */
const f32 = Math.fround;
const similarity = (count: number, len1: number, len2: number) =>
  f32(count / (len1 + len2 - count));

export function referenceSimilarity(trg1: Int32Array, trg2: Int32Array): number {
  const size = Math.max(0, ...trg1, ...trg2) + 1;
  const found = new Uint8Array(size);
  const lastpos = new Int32Array(size);
  let ulen1 = 0;
  for (const id of trg1) {
    if (!found[id]) ulen1++;
    found[id] = 1;
  }
  for (const id of trg2) lastpos[id] = -1;
  let ulen2 = 0;
  let count = 0;
  let upper = -1;
  let lower = -1;
  let smlrMax = 0;
  for (let i = 0; i < trg2.length; i++) {
    const trgindex = trg2[i] as number;
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
      const tmpTrgindex = trg2[tmpLower] as number;
      if (lastpos[tmpTrgindex] === tmpLower) {
        tmpUlen2--;
        if (found[tmpTrgindex]) tmpCount--;
      }
    }
    smlrMax = Math.max(smlrMax, smlrCur);
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const tmpTrgindex = trg2[tmpLower] as number;
      if (lastpos[tmpTrgindex] === tmpLower) lastpos[tmpTrgindex] = -1;
    }
  }
  for (const id of trg1) found[id] = 0;
  return smlrMax;
}
