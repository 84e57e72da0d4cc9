import type { Actor, ActorKind } from '@attest/knowledge';
import { ANY_STORY } from './distractors.ts';
import type { QuizIndex } from './kb-index.ts';
import { addReaders, rankedList, storyClaims } from './pool-readers.ts';

/** How many of a predicate's values a value pool reads beyond its story (value-distractors.ts). */
const VALUE_POOL_READ = 40;

/**
 * Kinds whose change is not bounded here: a country is every compatriot's home (compatriots.ts)
 * and has the world's country names (country-names.ts); a place (or country) has a region
 * (places.ts) read of any candidate a pool offers, and gives its parts theirs.
 */
const UNBOUNDED: ReadonlySet<ActorKind> = new Set(['COUNTRY', 'PLACE']);

/** Why an actor's kind change cannot be derived, or null when `kindEditReach` bounds it. */
export function unboundedKind(was: ActorKind, is: ActorKind): string | null {
  if (was === is) return null;
  if (was === 'COUNTRY' || is === 'COUNTRY') return "a country's kind changed";
  if (UNBOUNDED.has(was) || UNBOUNDED.has(is)) return "a place's kind changed";
  return null;
}

/**
 * What an actor whose kind changed (same id and place, neither kind a place or country) reaches
 * beyond what an actor edited in place does (actor-edits.ts: its component, the pools that took
 * it from a role's fillers, the disputes and values it shares). Its kind is read:
 * - by its own questions (which kinds are asked and pooled, wording, what may be typed, whether
 *   an answer is story-bound, adversaries, short forms): its component;
 * - by every pool, to take it as a candidate or not, and whether it must fill the asked role
 *   (picky kinds: roles.ts): the pools that read its old kind's ranking up to or past its old
 *   place, or its new kind's up to or past its new place (`index.scanned`; reach.ts finds these
 *   too, as the prefix moved), and those of a role's fillers (actor-edits.ts);
 * - by the value pools of each predicate it is the subject of a value of: text values are
 *   offered only from subjects of the asked subject's kind, from the story's claims (its
 *   component) and a predicate's first 40 values (value-distractors.ts): every claim of a
 *   predicate among whose first values one of its own is.
 * Homes read only countries' kinds, and regions only places': left out by `unboundedKind`.
 */
export function kindEditReach(
  before: QuizIndex,
  after: QuizIndex,
  changed: readonly Actor[],
): string[] | string {
  const stories = new Set<string>();
  const predicates = new Set<string>();
  for (const actor of changed) {
    const was = before.actors.get(actor.id);
    if (!was || was.kind === actor.kind) continue;
    for (const [index, kind] of [
      [before, was.kind],
      [after, actor.kind],
    ] as const) {
      const list = `kind|${kind}`;
      const reads = before.scanned.get(list);
      if (!reads) continue;
      const place = rankedList(index, list).findIndex((p) => p.actor.id === actor.id);
      if (place >= 0) addReaders(reads, place, stories);
    }
    // Its values among the first of their predicates' (the rest are read only by its stories'
    // pools: its component).
    for (const [predicate, values] of after.valueClaimsByPredicate) {
      for (let i = 0; i < VALUE_POOL_READ && i < values.length; i++) {
        if (values[i]?.subjectId === actor.id) predicates.add(predicate);
      }
    }
  }
  if (stories.has(ANY_STORY)) return 'a pool of no story read an actor whose kind changed';
  const seeds = storyClaims(after, stories);
  if (predicates.size > 0) {
    for (const claim of after.kb.claims) {
      if (predicates.has(claim.predicateId)) seeds.push(claim.id);
    }
  }
  return seeds;
}
