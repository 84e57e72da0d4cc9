import type { QuizIndex } from './kb-index.ts';
import type { Reach } from './reach.ts';

/**
 * What a changed base's index may take over from its previous version's while its bank is
 * spliced (derive.ts): the previous index, and the claims the change reaches. Whatever is made
 * from unreached claims alone (facts, list groups, the claim index of a candidate list) is the
 * same in both versions, so it is carried over and only the reached part made again (facts.ts,
 * lists.ts, scope.ts). Held only while the bank is spliced: an index never keeps its previous
 * version alive.
 */
export interface Carry {
  from: QuizIndex;
  reach: Reach;
  /** Each claim's place in the new version's claims, made on first use (`claimPlaces`). */
  places?: ReadonlyMap<string, number>;
  /** Candidate lists (facts, list groups) made from the previous version's: how they differ. */
  lists: Map<readonly object[], ListChange>;
}

/**
 * A candidate list carried over: the previous version's list (`from`) without the candidates
 * `removed` and with those `added`, each in the new list's order. What derives the new list's
 * claim index from the previous one's (scope.ts) and list groups from facts (lists.ts).
 */
export interface ListChange {
  from: readonly object[];
  removed: readonly object[];
  added: readonly object[];
  /** A candidate's place in the new list, as a number in the list's order (no two equal). */
  place: (candidate: object) => number;
}

const carries = new WeakMap<QuizIndex, Carry>();

/** Lets `to` carry over from `from` what the claims `reach` leaves alone, until `endCarry`. */
export function startCarry(from: QuizIndex, to: QuizIndex, reach: Reach): void {
  carries.set(to, { from, reach, lists: new Map() });
}

export function endCarry(to: QuizIndex): void {
  carries.delete(to);
}

/** The carry-over an index may use now, if any. */
export const carryOf = (index: QuizIndex): Carry | undefined => carries.get(index);

/** Each claim's place in the index's claims (the new version's), made once per carry. */
export function claimPlaces(index: QuizIndex, carry: Carry): ReadonlyMap<string, number> {
  carry.places ??= new Map(index.kb.claims.map((c, place) => [c.id, place]));
  return carry.places;
}

/**
 * Two lists, each in its own order, merged by `place` (never equal across the lists: a candidate
 * is carried or made again, never both): each of the few in `b` put among the many in `a` by
 * halving, so only some places of `a` are read. What a full build gives when every candidate's
 * place in the full list follows its first claim's.
 */
export function mergeByPlace<T>(a: readonly T[], b: readonly T[], place: (x: T) => number): T[] {
  if (b.length === 0) return [...a];
  const parts: (readonly T[])[] = [];
  let from = 0;
  for (const x of b) {
    const at = place(x);
    let lo = from;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (place(a[mid] as T) < at) lo = mid + 1;
      else hi = mid;
    }
    parts.push(a.slice(from, lo), [x]);
    from = lo;
  }
  parts.push(a.slice(from));
  return ([] as T[]).concat(...parts);
}
