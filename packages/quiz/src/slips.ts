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
 * slips its name allows, and strictly closer to it than to any name of an actor that is not a
 * right answer. `keyOf` compares names as the typed answer was compared.
 */
export function slipOf(
  kb: KnowledgeBase,
  acceptedKeys: readonly string[],
  typed: string,
  keyOf: (name: string) => string,
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
  const names = namesByKey(kb, keyOf);
  const right = new Set<string>();
  for (const key of acceptedKeys) for (const id of names.get(key) ?? []) right.add(id);
  for (const [key, ids] of names) {
    if (Math.abs(key.length - typed.length) > bestDistance) continue;
    if ([...ids].every((id) => right.has(id))) continue;
    // As close to another actor's name as to the right one: who was meant is anyone's guess.
    if (editDistance(typed, key, bestDistance) <= bestDistance) return null;
  }
  return best;
}

const cache = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/** Every name and alias in the base, by key, with the actors bearing it (made on first use). */
function namesByKey(kb: KnowledgeBase, keyOf: (name: string) => string): Map<string, Set<string>> {
  let names = cache.get(kb);
  if (!names) {
    names = new Map();
    for (const actor of kb.actors) {
      for (const name of namesOf(actor)) {
        const key = keyOf(name);
        const ids = names.get(key);
        if (ids) ids.add(actor.id);
        else names.set(key, new Set([actor.id]));
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
