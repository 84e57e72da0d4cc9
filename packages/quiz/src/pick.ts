import { type Rng, shuffle } from './random.ts';

/** Candidates this close to the last place that is surely in are drawn at random. */
const MARGIN = 0.5;

/** What ranking needs of a candidate; candidates carry it themselves (one object each). */
export interface Ranked {
  score: number;
  /** Breaks ties between equal scores; vary it per question so no one is always first. */
  tie: number;
  /** Name keys of the item: no two chosen options may share one. */
  keys: readonly string[];
}

/** Best first: higher score, then lower tie. */
export const byRank = (a: Ranked, b: Ranked): number => b.score - a.score || a.tie - b.tie;

// Module-level rather than a closure per call: under tsx (esbuild keepNames) every named
// closure costs an Object.defineProperty when it is created.
function consider<T extends Ranked>(
  candidate: T,
  taken: ReadonlySet<string>,
  used: string[],
  accept: (item: T) => boolean,
  chosen: T[],
) {
  for (const k of candidate.keys) if (taken.has(k) || used.includes(k)) return;
  if (!accept(candidate)) return;
  used.push(...candidate.keys);
  chosen.push(candidate);
}

/**
 * Takes `count` acceptable items from a list sorted `byRank`. Clearly better candidates are
 * always taken; the seeded draw only chooses among those close to the cut, so seeds vary the
 * options without weakening them. `accept` (the costly test: would this candidate also be
 * right?) runs only on candidates about to be taken.
 */
export function pickRanked<T extends Ranked>(
  sorted: readonly T[],
  count: number,
  taken: ReadonlySet<string>,
  rng: Rng,
  accept: (item: T) => boolean,
): T[] {
  const cut = sorted[Math.min(count, sorted.length) - 1]?.score ?? 0;
  let sure = 0;
  while (sure < sorted.length && (sorted[sure] as T).score > cut + MARGIN) sure++;
  let close = sure;
  while (close < sorted.length && (sorted[close] as T).score >= cut - MARGIN) close++;

  const chosen: T[] = [];
  const used: string[] = [];
  for (let i = 0; i < sure && chosen.length < count; i++) {
    consider(sorted[i] as T, taken, used, accept, chosen);
  }
  if (chosen.length < count && close > sure) {
    for (const candidate of shuffle(sorted.slice(sure, close), rng)) {
      if (chosen.length === count) break;
      consider(candidate, taken, used, accept, chosen);
    }
  }
  for (let i = close; i < sorted.length && chosen.length < count; i++) {
    consider(sorted[i] as T, taken, used, accept, chosen);
  }
  return chosen;
}
