import type { GeneratorContext } from './context.ts';

const byClaim = new WeakMap<readonly object[], Map<string, object[]>>();
const places = new WeakMap<readonly object[], Map<object, number>>();

/** Candidates in the order of their list (a place map made once per list). */
function inListOrder<T extends object>(all: readonly T[], found: Set<T>): T[] {
  let at = places.get(all) as Map<T, number> | undefined;
  if (!at) {
    at = new Map(all.map((candidate, place) => [candidate, place]));
    places.set(all, at);
  }
  const place = at;
  return [...found].sort((a, b) => (place.get(a) ?? 0) - (place.get(b) ?? 0));
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
    index = new Map();
    for (const candidate of all) {
      for (const id of claimIdsOf(candidate)) {
        const list = index.get(id);
        if (!list) index.set(id, [candidate]);
        else if (list[list.length - 1] !== candidate) list.push(candidate);
      }
    }
    byClaim.set(all, index);
  }
  const found = new Set<T>();
  for (const id of scope) for (const candidate of index.get(id) ?? []) found.add(candidate);
  // Not in the full list's order unless asked (that costs a pass over it once per list): scoped
  // runs for a seed are read by id.
  return context.ordered ? inListOrder(all, found) : [...found];
}
