import type { Claim } from '@attest/knowledge';
import { carryOf, type ListChange, mergeByPlace } from '../carry.ts';
import { LayeredMap } from '../layered-map.ts';
import type { GeneratorContext } from './context.ts';

const byClaim = new WeakMap<readonly object[], LayeredMap<string, object[]>>();
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

/** Candidates in the order of their list: by the place a carried-over list tells, or a map. */
function inListOrder<T extends object>(
  all: readonly T[],
  found: Set<T>,
  carried?: (candidate: T) => number,
): T[] {
  if (carried) return [...found].sort((a, b) => carried(a) - carried(b));
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
 * layered over the previous index (left as it was: the previous version's).
 */
function carriedClaimIndex<T extends object>(
  previous: LayeredMap<string, T[]>,
  change: ListChange,
  claimIdsOf: (candidate: T) => readonly string[],
): LayeredMap<string, T[]> {
  const removed = change.removed as T[];
  const added = change.added as T[];
  const gone = new Set(removed);
  const fresh = claimIndex(added, claimIdsOf);
  const touched = new Set(fresh.keys());
  for (const candidate of removed) for (const id of claimIdsOf(candidate)) touched.add(id);
  const changes = new Map<string, T[] | undefined>();
  for (const id of touched) {
    const was = previous.get(id) ?? [];
    const kept = was.some((c) => gone.has(c)) ? was.filter((c) => !gone.has(c)) : was;
    const made = fresh.get(id) ?? [];
    // Most claims are in one candidate of a list: no merge to make.
    const list =
      kept.length === 0 ? made : made.length === 0 ? kept : mergeByPlace(kept, made, change.place);
    changes.set(id, list.length === 0 ? undefined : list);
  }
  return previous.with(changes);
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
  const change = carryOf(context.index)?.lists.get(all);
  let index = byClaim.get(all) as LayeredMap<string, T[]> | undefined;
  if (!index) {
    const previous = change && (byClaim.get(change.from) as LayeredMap<string, T[]> | undefined);
    index =
      change && previous
        ? carriedClaimIndex(previous, change, claimIdsOf)
        : LayeredMap.of(claimIndex(all, claimIdsOf));
    byClaim.set(all, index);
  }
  const found = new Set<T>();
  for (const id of scope) for (const candidate of index.get(id) ?? []) found.add(candidate);
  // Not in the full list's order unless asked (that costs a pass over it once per list): scoped
  // runs for a seed are read by id.
  return context.ordered ? inListOrder(all, found, change?.place) : [...found];
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
