import type { Claim } from '@attest/knowledge';
import { carryOf } from '../carry.ts';
import type { GeneratorContext } from './context.ts';

const byClaim = new WeakMap<readonly object[], Map<string, object[]>>();
const places = new WeakMap<readonly object[], Map<object, number>>();

/** Each candidate's place in its list, made once per list. */
function placesIn<T extends object>(all: readonly T[]): Map<T, number> {
  let at = places.get(all) as Map<T, number> | undefined;
  if (!at) {
    at = new Map(all.map((candidate, place) => [candidate, place]));
    places.set(all, at);
  }
  return at;
}

/** Candidates in the order of their list. */
function inListOrder<T extends object>(all: readonly T[], found: Set<T>): T[] {
  const place = placesIn(all);
  return [...found].sort((a, b) => (place.get(a) ?? 0) - (place.get(b) ?? 0));
}

/** Candidates by the claims they are built from, each claim's in list order. */
function claimIndex<T extends object>(
  all: readonly T[],
  claimIdsOf: (candidate: T) => readonly string[],
): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const candidate of all) {
    for (const id of claimIdsOf(candidate)) {
      const list = index.get(id);
      if (!list) index.set(id, [candidate]);
      else if (list[list.length - 1] !== candidate) list.push(candidate);
    }
  }
  return index;
}

/**
 * The claim index of a list carried over from a previous version's (carry.ts), from that list's
 * index: only the entries of the claims of candidates removed or added change, each a new list
 * (the previous index is the previous version's, unchanged).
 */
function carriedClaimIndex<T extends object>(
  previous: ReadonlyMap<string, T[]>,
  all: readonly T[],
  removed: readonly T[],
  added: readonly T[],
  claimIdsOf: (candidate: T) => readonly string[],
): Map<string, T[]> {
  const index = new Map(previous);
  const gone = new Set(removed);
  const fresh = claimIndex(added, claimIdsOf);
  const touched = new Set(fresh.keys());
  for (const candidate of removed) for (const id of claimIdsOf(candidate)) touched.add(id);
  const place = placesIn(all);
  for (const id of touched) {
    const list = (previous.get(id) ?? []).filter((c) => !gone.has(c));
    list.push(...(fresh.get(id) ?? []));
    list.sort((a, b) => (place.get(a) ?? 0) - (place.get(b) ?? 0));
    if (list.length === 0) index.delete(id);
    else index.set(id, list);
  }
  return index;
}

/**
 * The candidates a generator should consider: all of them, or, when the context is scoped to a
 * few claims (rebuilding chosen questions for a seed), only those built from one of those claims,
 * found through a claim index made once per candidate list. `all` must be a list that lives as
 * long as the knowledge base's index (the base's claims, its cached facts or groups), and
 * `claimIdsOf` must give the id of every claim a candidate's questions are built from, from the
 * candidate alone (the list may outlive one index: a new base version can share it).
 */
export function inScope<T extends object>(
  context: GeneratorContext,
  all: readonly T[],
  claimIdsOf: (candidate: T) => readonly string[],
): readonly T[] {
  const { scope } = context;
  if (scope === null) return all;
  let index = byClaim.get(all) as Map<string, T[]> | undefined;
  if (!index) {
    const change = carryOf(context.index)?.lists.get(all);
    const previous = change && (byClaim.get(change.from) as Map<string, T[]> | undefined);
    index =
      change && previous
        ? carriedClaimIndex(previous, all, change.removed as T[], change.added as T[], claimIdsOf)
        : claimIndex(all, claimIdsOf);
    byClaim.set(all, index);
  }
  const found = new Set<T>();
  for (const id of scope) for (const candidate of index.get(id) ?? []) found.add(candidate);
  // Not in the full list's order unless asked (that costs a pass over it once per list): scoped
  // runs for a seed are read by id.
  return context.ordered ? inListOrder(all, found) : [...found];
}

/**
 * The base's claims `inScope` would give (each claim its own candidate), read from the index's
 * claims by id instead of a claim index of the base's list: a changed base's list is new.
 */
export function claimsInScope(context: GeneratorContext): readonly Claim[] {
  const { scope, index } = context;
  if (scope === null) return index.kb.claims;
  // In the base's order: a pass over it, cheaper than sorting by a place map made for it.
  if (context.ordered) return index.kb.claims.filter((c) => scope.has(c.id));
  return [...scope].flatMap((id) => {
    const claim = index.claims.get(id);
    return claim ? [claim] : [];
  });
}
