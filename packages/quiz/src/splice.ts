import { BANK_SEED, bankOf, type QuestionBank } from './bank.ts';
import { carryOf, claimPlaces } from './carry.ts';
import { disputedPair } from './changes.ts';
import { GENERATORS } from './generators/all.ts';
import type { GeneratorContext } from './generators/context.ts';
import type { QuizIndex } from './kb-index.ts';
import type { Reach } from './reach.ts';
import { QUESTION_TYPES, type Question, type QuestionType } from './types.ts';

/**
 * The bank of a changed base from its previous version's: the questions of reached claims made
 * again (the generators run over those claims only, in their full order), every other question
 * kept, each in the place a full run gives it. Null when a place cannot be told (then the base is
 * made in full).
 *
 * A generator walks its candidates (facts, lists, groups, quotes) in the order of their first
 * claim in the base, and a type's questions come in a few runs (multi-select: groups, then lists
 * asking subjects, then lists asking objects; true/false: facts, then denials), so a question's
 * place is its run and the first place of its claims, or for a dispute the dispute's place. A
 * reach never splits a candidate (reach.ts), so a kept and a new question never share a place.
 */
export function spliceBank(
  index: QuizIndex,
  previous: QuestionBank,
  includeOffTopic: boolean,
  reach: Reach,
): QuestionBank | null {
  const scope = reach.claims;
  const context: GeneratorContext = {
    index,
    seed: BANK_SEED,
    includeOffTopic,
    wanted: (claims) => claims.some((c) => scope.has(c.id)),
    onePerPrompt: false,
    scope,
    only: null,
    ordered: true,
  };
  const placeOf = placer(index);
  const byType = new Map<QuestionType, Question[]>();
  for (const type of QUESTION_TYPES) {
    const kept = (previous.byType.get(type) ?? []).filter(
      (q) => !q.claimIds.some((id) => reach.dropped.has(id)),
    );
    const made = scope.size > 0 ? GENERATORS[type](context) : [];
    const merged = merge(kept, made, (q) => placeOf(type, q));
    if (!merged) return null;
    byType.set(type, merged);
  }
  return bankOf(byType);
}

/** A question's run and place within it, or null when the new version lacks its claims. */
function placer(index: QuizIndex) {
  const carry = carryOf(index);
  const claimPlace = carry
    ? claimPlaces(index, carry)
    : new Map(index.kb.claims.map((c, place) => [c.id, place]));
  const disputePlace = new Map(index.kb.disputes.map((d, place) => [disputedPair(d), place]));
  return (type: QuestionType, q: Question): [number, number] | null => {
    if (type === 'SOURCES_DISAGREE') {
      const [a = '', b = ''] = q.claimIds;
      const place =
        q.claimIds.length === 2
          ? disputePlace.get(disputedPair({ firstId: a, secondId: b }))
          : undefined;
      return place === undefined ? null : [0, place];
    }
    let first = Number.POSITIVE_INFINITY;
    for (const id of q.claimIds) {
      const place = claimPlace.get(id);
      if (place === undefined) return null;
      if (place < first) first = place;
    }
    const run = runOf(index, type, q);
    return run === null || q.claimIds.length === 0 ? null : [run, first];
  };
}

function runOf(index: QuizIndex, type: QuestionType, q: Question): number | null {
  if (type === 'TRUE_FALSE') {
    return index.claims.get(q.claimIds[0] ?? '')?.modality === 'DENIAL' ? 1 : 0;
  }
  if (type !== 'MULTI_SELECT') return 0;
  if (q.template.startsWith('members:')) return 0;
  if (q.template === 'list-subjects') return 1;
  if (q.template === 'list-objects') return 2;
  return null;
}

const before = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

/**
 * The kept questions (in full-run order: the previous bank's, whose claims keep their order) with
 * the made ones (checked in order) put in their places, found by halving the kept list: a change
 * places a few questions among many. Null when a place cannot be told or a kept and a new
 * question share one (the reach split a candidate: never expected).
 */
function merge(
  kept: readonly Question[],
  made: readonly Question[],
  placeOf: (q: Question) => [number, number] | null,
): Question[] | null {
  if (made.length === 0) return [...kept];
  const merged: Question[] = [];
  let from = 0;
  let last: [number, number] | null = null;
  for (const q of made) {
    const place = placeOf(q);
    if (!place || (last && before(last, place) > 0)) return null;
    last = place;
    // The first kept question after this one's place.
    let lo = from;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = placeOf(kept[mid] as Question);
      if (!at) return null;
      const order = before(at, place);
      if (order === 0) return null;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) merged.push(kept[i] as Question);
    from = lo;
    merged.push(q);
  }
  for (let i = from; i < kept.length; i++) merged.push(kept[i] as Question);
  return merged;
}
