/**
 * A claim's tsvector held in memory, and ts_rank(vector, 'w1' | 'w2' | ..., 1) on it: PostgreSQL's
 * calc_rank_or with the default weights and log-length normalisation (tsrank.c), float4 rounding
 * included, so that ranking in memory orders claims exactly as the SQL does.
 */

/** Each lexeme's weights, one per position ('A'..'D'); shared between vectors, never changed. */
export type Vector = Map<string, readonly string[]>;

/**
 * Weight lists by their letters ("AAB"), one array each: the search index holds a vector per
 * claim, and the same few lists (one 'A', one 'C'…) were most of its memory as separate arrays.
 * Capped (the lists come from the database, and a long document may have many distinct ones);
 * past the cap a list is simply not shared.
 */
const weightLists = new Map<string, readonly string[]>();
const MAX_WEIGHT_LISTS = 10_000;
const NO_POSITIONS: readonly string[] = Object.freeze([]);

function sharedWeights(weights: string[]): readonly string[] {
  const key = weights.join('');
  const shared = weightLists.get(key);
  if (shared) return shared;
  if (weightLists.size < MAX_WEIGHT_LISTS) weightLists.set(key, Object.freeze(weights));
  return weights;
}

/**
 * tsvector's text output: 'lexeme':1A,5B 'other':3 (weight D is printed without a letter).
 * `lexemes`, when given, interns the lexeme strings (one string per distinct lexeme across the
 * vectors parsed with the same map, instead of one per vector).
 */
export function parseVector(text: string, lexemes?: Map<string, string>): Vector {
  const vector: Vector = new Map();
  for (const m of text.matchAll(/'((?:[^'\\]|''|\\.)*)'(?::([0-9A-D,]+))?/g)) {
    let lexeme = (m[1] as string).replace(/''/g, "'").replace(/\\(.)/g, '$1');
    if (lexemes) {
      const known = lexemes.get(lexeme);
      if (known === undefined) lexemes.set(lexeme, lexeme);
      else lexeme = known;
    }
    // No positions: one, of weight D (posnull in tsrank.c).
    const weights = m[2]
      ? sharedWeights(m[2].split(',').map((p) => p.match(/[A-D]$/)?.[0] ?? 'D'))
      : NO_POSITIONS;
    vector.set(lexeme, weights);
  }
  return vector;
}

const WEIGHT: Record<string, number> = { D: 0.1, C: 0.2, B: 0.4, A: 1.0 };
const f32 = Math.fround;

/** cnt_length: positions counted, an entry without positions as one. */
export function vectorLength(vector: Vector): number {
  let n = 0;
  for (const weights of vector.values()) n += Math.max(weights.length, 1);
  return n;
}

/**
 * ts_rank(vector, OR of the distinct `lexemes`, 1), as float4. `lexemes` sorted as PostgreSQL
 * sums them (SortAndUniqItems: by bytes, then length; float4 sums depend on the order): for plain
 * ASCII lexemes, JavaScript's default sort. `divisor`: log(length + 1) / log(2)
 * for the vector's length, as the database computes it (`logLengths`): JavaScript's Math.log can
 * differ from the C library's in the last bit, which moves the float4 result now and then.
 */
export function rankOr(vector: Vector, divisor: number, lexemes: readonly string[]): number {
  if (lexemes.length === 0) return 0;
  let res = f32(0);
  for (const lexeme of lexemes) {
    if (!vector.has(lexeme)) continue;
    res = f32(res + rankTerm(vector, lexeme));
  }
  res = f32(res / lexemes.length);
  if (res < 0) res = f32(1e-20);
  if (vector.size > 0) res = f32(res / divisor);
  return res;
}

/**
 * One lexeme's term in rankOr's sum (0 when the vector lacks it): its positions' weights summed
 * in float4 as calc_rank_or does, then divided by a double constant. Held per posting, so that
 * a search bounds a claim's ts_rank by the terms of the lexemes it asks (search-memory.ts).
 */
export function rankTerm(vector: Vector, lexeme: string): number {
  const weights = vector.get(lexeme);
  if (!weights) return 0;
  const positions = weights.length > 0 ? weights : ['D'];
  let resj = f32(0);
  let wjm = f32(-1);
  let jm = 0;
  positions.forEach((w, j) => {
    const wp = f32(WEIGHT[w] as number);
    resj = f32(resj + f32(wp / ((j + 1) * (j + 1))));
    if (wp > wjm) {
      wjm = wp;
      jm = j;
    }
  });
  // float + float - float/int in float4, then divided by a double constant.
  const sum = f32(f32(wjm + resj) - f32(wjm / ((jm + 1) * (jm + 1))));
  return sum / 1.64493406685;
}

/**
 * An upper bound on 0.1 × rankOr(vector, divisor, lexemes) for any lexemes: rankOr averages one
 * term per asked lexeme (0 for those the vector lacks), so it is at most the largest term over
 * the vector's lexemes, divided by `divisor`. Rounded up to a thousandth (float4 rounding is far
 * smaller), so that claims share few distinct bounds.
 */
export function focusCap(vector: Vector, divisor: number): number {
  let largest = 0;
  for (const weights of vector.values()) {
    const positions = weights.length > 0 ? weights : ['D'];
    let resj = 0;
    let wjm = -1;
    let jm = 0;
    positions.forEach((w, j) => {
      const wp = WEIGHT[w] as number;
      resj += wp / ((j + 1) * (j + 1));
      if (wp > wjm) {
        wjm = wp;
        jm = j;
      }
    });
    largest = Math.max(largest, (wjm + resj - wjm / ((jm + 1) * (jm + 1))) / 1.64493406685);
  }
  const cap = (0.1 * largest) / (vector.size > 0 ? divisor : 1);
  return Math.ceil((cap * (1 + 1e-4) + 1e-9) * 1000) / 1000;
}
