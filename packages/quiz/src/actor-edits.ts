import type { Actor } from '@attest/knowledge';
import { ANY_STORY } from './distractors.ts';
import type { QuizIndex } from './kb-index.ts';
import { addReaders, rankedList, storyClaims } from './pool-readers.ts';
import { valueKey } from './values.ts';

/**
 * What an actor edited in place (renamed, an alias added or removed, a description reworded; the
 * same id, kind and place: row-edits.ts) reaches, or why that cannot be bounded. Its names and
 * description are read:
 * - by the questions of its component (claims naming it, their stories, casts, short forms,
 *   compatriots, places): `roots`, reached as a changed claim's subject is (reach.ts);
 * - as a distractor, by every pool that took it: its story's cast (the component), or the
 *   prefix of a ranked list (the most prominent of its kind, the first fillers of a role) a pool
 *   read up to or past its place: the claims of those pools' stories are `seeds` (a pool of no
 *   story read it: any question could hold it, so the base is made in full). Whether it is
 *   named, its keys against a prompt or an answer's, its description's likeness: all within
 *   the pool's questions;
 * - as another option of a dispute's "what does … say?", filled from the fillers of its
 *   predicate's object role across the base: those disputes' claims are seeds;
 * - by the claims naming it, and those sharing a value it is the subject of under a predicate
 *   either makes true (who else was founded in 1949: a list of subjects, a fill-in's accepted
 *   names), which span components: seeds, so their candidates are reached whole.
 * Publishers matched by name are compared as for actors added (`rowEditSeeds`), and the quotes
 * shown from stories naming it judged again (kb-index.ts `lendEvidence`).
 */
export function actorEditReach(
  before: QuizIndex,
  after: QuizIndex,
  edited: readonly Actor[],
): { roots: string[]; seeds: string[] } | string {
  const ids = new Set(edited.map((a) => a.id));
  const seeds: string[] = [];
  if (ids.size === 0) return { roots: [], seeds };
  const stories = new Set<string>();
  for (const actor of edited) {
    for (const [list, reads] of before.scanned) {
      if (!holds(before, list, actor)) continue;
      const ranked = rankedList(before, list);
      const place = ranked.findIndex((p) => p.actor.id === actor.id);
      if (place < 0) continue;
      addReaders(reads, place, stories);
    }
  }
  if (stories.has(ANY_STORY)) return 'a pool of no story read an edited actor';
  seeds.push(...storyClaims(after, stories));
  for (const dispute of after.kb.disputes) {
    for (const id of [dispute.firstId, dispute.secondId]) {
      const claim = after.claims.get(id);
      if (!claim || claim.objectId === null) continue;
      const fillers = after.roleActors.get(`object|${claim.predicateId}`);
      if (fillers && [...ids].some((actor) => fillers.has(actor))) seeds.push(dispute.firstId);
    }
  }
  // The values its claims give, under each predicate they make true: who else holds one is
  // asked across components (a fill-in's accepted names, a list of subjects).
  const values = new Set<string>();
  for (const claim of after.kb.claims) {
    const named = [claim.subjectId, claim.objectId, claim.speakerId, claim.qualifiers.placeId];
    if (!named.some((id) => id !== null && id !== undefined && ids.has(id))) continue;
    seeds.push(claim.id);
    if (claim.value === null || !ids.has(claim.subjectId)) continue;
    for (const p of truthsOf(after, claim.predicateId)) values.add(`${p}|${valueKey(claim.value)}`);
  }
  if (values.size > 0) {
    for (const claim of after.kb.claims) {
      if (claim.value === null) continue;
      const key = valueKey(claim.value);
      if (truthsOf(after, claim.predicateId).some((p) => values.has(`${p}|${key}`))) {
        seeds.push(claim.id);
      }
    }
  }
  return { roots: [...ids], seeds };
}

/** A predicate and those it implies: what a claim of it makes true (kb-index.ts). */
const truthsOf = (index: QuizIndex, predicateId: string): string[] => [
  predicateId,
  ...(index.predicates.get(predicateId)?.implies ?? []),
];

/** Whether a ranked list `index.scanned` names may hold the actor: its kind's, or a role it fills. */
const holds = (index: QuizIndex, list: string, actor: Actor): boolean =>
  list.startsWith('kind|')
    ? list === `kind|${actor.kind}`
    : (index.roleActors.get(list.slice('role|'.length))?.has(actor.id) ?? false);
