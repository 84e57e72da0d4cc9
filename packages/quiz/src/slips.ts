import type { KnowledgeBase } from '@attest/knowledge';
import { namesOf } from './names.ts';

/**
 * Slips in a typed name: "Stoltenburg" for Stoltenberg, "Emanuel Macron". Forgiven only in
 * names long enough to tell apart (one letter in 6 to 9 letters, two from 10), and only when no
 * other actor of the base has a name as close: "Ana Lindqvist" never counts for Ana Lindström,
 * however the base spells the two.
 */
export function slipsAllowed(key: string): number {
  let letters = 0;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== 32) letters++;
  return letters >= 10 ? 2 : letters >= 6 ? 1 : 0;
}

/**
 * The right answer a typed key is a slip of (its key among `acceptedKeys`), or null: within the
 * slips its name allows, and strictly closer to it than to any of `rivalKeys` (the keys of names
 * of actors that are not a right answer; asked for only when a slip is near, since a base has
 * many). Keys compare names as `typedKey` does.
 */
export function slipOf(
  acceptedKeys: readonly string[],
  typed: string,
  rivalKeys: () => Iterable<string>,
): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const key of acceptedKeys) {
    const allowed = slipsAllowed(key);
    if (allowed === 0) continue;
    const d = editDistance(typed, key, Math.min(allowed, bestDistance - 1));
    if (d <= allowed && d < bestDistance) {
      best = key;
      bestDistance = d;
    }
  }
  if (best === null) return null;
  for (const key of rivalKeys()) {
    if (Math.abs(key.length - typed.length) > bestDistance) continue;
    // As close to another actor's name as to the right one: who was meant is anyone's guess.
    if (editDistance(typed, key, bestDistance) <= bestDistance) return null;
  }
  return best;
}

/**
 * The names of other actors that could ever stop a slip of an accepted answer (by key, with one
 * spelling of each): every name in the base borne by an actor that is not a right answer, within
 * twice the slips an accepted key allows of it. A typed slip lies within `slipsAllowed` of its
 * right name and is refused only when a rival is as close to it, so no rival farther than twice
 * that can change a verdict: marking with these alone gives what marking with the whole base
 * gives. That is what a question stored without its base keeps (a set's `rivalAnswers`).
 */
export function rivalNames(
  kb: KnowledgeBase,
  acceptedKeys: readonly string[],
  keyOf: (name: string) => string,
): Map<string, string> {
  const reaches = acceptedKeys
    .map((key) => ({ key, reach: 2 * slipsAllowed(key) }))
    .filter((a) => a.reach > 0);
  const rivals = new Map<string, string>();
  if (reaches.length === 0) return rivals;
  const names = namesByKey(kb, keyOf);
  const right = new Set<string>();
  for (const key of acceptedKeys) for (const id of names.get(key)?.ids ?? []) right.add(id);
  for (const [key, { ids, name }] of names) {
    if ([...ids].every((id) => right.has(id))) continue;
    if (reaches.some((a) => editDistance(key, a.key, a.reach) <= a.reach)) rivals.set(key, name);
  }
  return rivals;
}

interface Named {
  /** The actors bearing the name. */
  ids: Set<string>;
  /** The name as the base first spells it. */
  name: string;
}

const cache = new WeakMap<KnowledgeBase, Map<string, Named>>();

/** Every name and alias in the base, by key, with the actors bearing it (made on first use). */
function namesByKey(kb: KnowledgeBase, keyOf: (name: string) => string): Map<string, Named> {
  let names = cache.get(kb);
  if (!names) {
    names = new Map();
    for (const actor of kb.actors) {
      for (const name of namesOf(actor)) {
        const key = keyOf(name);
        const named = names.get(key);
        if (named) named.ids.add(actor.id);
        else names.set(key, { ids: new Set([actor.id]), name });
      }
    }
    cache.set(kb, names);
  }
  return names;
}

/**
 * Edit distance (optimal string alignment: insertions, deletions, substitutions and swaps of
 * neighbours each count one), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = row;
  }
  const d = previous[b.length] as number;
  return d > max ? max + 1 : d;
}
