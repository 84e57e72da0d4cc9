import { GENERATORS } from './generators/all.ts';
import type { GeneratorContext } from './generators/context.ts';
import type { QuizIndex } from './kb-index.ts';
import { QUESTION_TYPES, type Question, type QuestionType } from './types.ts';

/**
 * Every question a base gives (with or without off-topic claims), made once per base with a fixed
 * seed, in the order the generators give them. Which questions exist, their ids, prompts, claims,
 * evidence, actors and true/false keys depend on no seed, so a request filters and orders these
 * and only rebuilds the few it returns for its own seed (`buildQuestions`). Their options,
 * distractors and difficulty are the fixed seed's: never handed to a caller.
 */
export interface QuestionBank {
  byType: ReadonlyMap<QuestionType, readonly Question[]>;
  byId: ReadonlyMap<string, Question>;
  /** Every question, types in QUESTION_TYPES order: a question's place is its index here. */
  all: readonly Question[];
  /** Places by actor, source, claim or predicate, made on first use (`placesOf`). */
  places: Map<FilterKind, Map<string, number[]>>;
}

export type FilterKind = 'actor' | 'source' | 'claim' | 'predicate';

/**
 * The places of the bank's questions a filter of this kind and id could keep (a superset: the
 * filter itself still decides), so a filtered quiz reads only its own questions.
 */
export function placesOf(
  index: QuizIndex,
  bank: QuestionBank,
  kind: FilterKind,
): ReadonlyMap<string, number[]> {
  let places = bank.places.get(kind);
  if (places) return places;
  const made = new Map<string, number[]>();
  const at = (key: string, place: number) => {
    const list = made.get(key);
    if (!list) made.set(key, [place]);
    else if (list[list.length - 1] !== place) list.push(place);
  };
  bank.all.forEach((q, place) => {
    if (kind === 'actor') for (const id of q.actorIds) at(id, place);
    else if (kind === 'source') for (const e of q.evidence) at(e.sourceId, place);
    else if (kind === 'claim') for (const id of q.claimIds) at(id, place);
    else {
      for (const id of q.claimIds) {
        const claim = index.claims.get(id);
        if (claim) at(claim.predicateId, place);
      }
    }
  });
  places = made;
  bank.places.set(kind, places);
  return places;
}

export const BANK_SEED = 'bank';
const banks = new WeakMap<QuizIndex, Map<boolean, QuestionBank>>();

/** Whether the bank of this index and setting is made already. */
export const hasBank = (index: QuizIndex, includeOffTopic: boolean): boolean =>
  banks.get(index)?.has(includeOffTopic) ?? false;

/** The banks made for an index, by off-topic setting (none made: empty). */
export const banksIfMade = (index: QuizIndex): ReadonlyMap<boolean, QuestionBank> =>
  banks.get(index) ?? new Map();

/** Makes `bank`, derived from a previous version's (splice.ts), the bank of this index. */
export function adoptBank(index: QuizIndex, includeOffTopic: boolean, bank: QuestionBank): void {
  const byFlag = banks.get(index) ?? new Map<boolean, QuestionBank>();
  banks.set(index, byFlag);
  byFlag.set(includeOffTopic, bank);
}

/** A bank of these questions per type (QUESTION_TYPES order), places made on first use. */
export function bankOf(byType: ReadonlyMap<QuestionType, readonly Question[]>): QuestionBank {
  const byId = new Map<string, Question>();
  const all: Question[] = [];
  for (const type of QUESTION_TYPES) {
    for (const q of byType.get(type) ?? []) {
      if (!byId.has(q.id)) byId.set(q.id, q);
      all.push(q);
    }
  }
  return { byType, byId, all, places: new Map() };
}

export function questionBank(index: QuizIndex, includeOffTopic: boolean): QuestionBank {
  const byFlag = banks.get(index) ?? new Map<boolean, QuestionBank>();
  banks.set(index, byFlag);
  const cached = byFlag.get(includeOffTopic);
  if (cached) return cached;
  const context: GeneratorContext = {
    index,
    seed: BANK_SEED,
    includeOffTopic,
    wanted: () => true,
    onePerPrompt: false,
    scope: null,
    only: null,
  };
  const byType = new Map<QuestionType, Question[]>();
  for (const type of QUESTION_TYPES) byType.set(type, GENERATORS[type](context));
  const bank = bankOf(byType);
  byFlag.set(includeOffTopic, bank);
  return bank;
}

/** Above this many, rebuilding walks the whole base once instead of looking up each claim. */
const SCOPED_AT_MOST = 500;

/**
 * These questions of a bank as the generators give them for `seed`, in the same order. Only the
 * generators of their types run, and only over the claims they are built from.
 */
export function buildQuestions(
  index: QuizIndex,
  includeOffTopic: boolean,
  seed: string,
  chosen: readonly Question[],
): Question[] {
  if (chosen.length === 0) return [];
  const ids = new Set(chosen.map((q) => q.id));
  let scope: Set<string> | null = null;
  if (ids.size <= SCOPED_AT_MOST) {
    scope = new Set();
    for (const q of chosen) for (const id of q.claimIds) scope.add(id);
  }
  const inScope = scope;
  const context: GeneratorContext = {
    index,
    seed,
    includeOffTopic,
    wanted: inScope ? (claims) => claims.some((c) => inScope.has(c.id)) : () => true,
    onePerPrompt: false,
    scope: inScope,
    only: ids,
  };
  const built = new Map<string, Question>();
  for (const type of new Set(chosen.map((q) => q.type))) {
    for (const q of GENERATORS[type](context)) {
      if (ids.has(q.id) && !built.has(q.id)) built.set(q.id, q);
    }
  }
  return chosen.map((q) => {
    const question = built.get(q.id);
    // A bank question the generators no longer give would be a bug in the bank, not bad input.
    if (!question) throw new Error(`Question ${q.id} could not be rebuilt for seed "${seed}".`);
    return question;
  });
}
