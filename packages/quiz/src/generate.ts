import type { KnowledgeBase } from '@attest/knowledge';
import { balanceTrueFalse } from './balance.ts';
import {
  buildQuestions,
  type FilterKind,
  hasBank,
  placesOf,
  type QuestionBank,
  questionBank,
} from './bank.ts';
import { makeFilters } from './filters.ts';
import { GENERATORS } from './generators/all.ts';
import type { GeneratorContext } from './generators/context.ts';
import { indexKnowledgeBase, type QuizIndex } from './kb-index.ts';
import { dealQuestions, orderQuestions } from './order.ts';
import { type GenerateOptions, QUESTION_TYPES, type Question, type QuestionType } from './types.ts';

/**
 * Questions from a knowledge base: deterministic for a seed, filtered, ordered, limited.
 * Pure: the base is only read, and its index and question bank (bank.ts) are cached for as long
 * as the base object lives. A request filters and orders the bank, which no seed changes, and
 * rebuilds for its seed only the questions it returns: a quiz of 20 from a large base costs
 * about as much as one from a small base, once the bank is made.
 */
export function generateQuestions(kb: KnowledgeBase, options: GenerateOptions = {}): Question[] {
  const index = indexKnowledgeBase(kb);
  const seed = String(options.seed ?? 0);
  const includeOffTopic = options.includeOffTopic ?? false;
  // A narrow quiz on a base with no bank yet (just changed: "quiz me on the claim I added")
  // asks the generators directly for its few questions rather than wait for the whole bank.
  if (!hasBank(index, includeOffTopic) && narrowed(options)) {
    return directQuestions(index, seed, options);
  }
  const selected = selectQuestions(index, questionBank(index, includeOffTopic), options);
  const types = options.types ?? QUESTION_TYPES;
  const seen = new Set(options.seen ?? []);
  const rebuild = (chosen: readonly Question[]) =>
    buildQuestions(index, includeOffTopic, seed, chosen);
  // Ordered as bank questions: what ordering reads (ids, types, claims, true/false keys) is the
  // same under every seed. Difficulty is not (it weighs the seed's distractors), so that order
  // rebuilds every question first.
  if (options.order === 'difficulty') {
    const ordered = byDifficulty(rebuild([...dealQuestions(selected, seed, seen)]));
    if (options.count === undefined) return ordered;
    const count = Math.max(0, options.count);
    return capTypes(ordered, count, Math.min(3, types.length));
  }
  const dealt = dealQuestions(selected, seed, seen);
  if (options.count === undefined) return rebuild([...dealt]);
  return rebuild(capTypes(dealt, Math.max(0, options.count), Math.min(3, types.length)));
}

const narrowed = (options: GenerateOptions): boolean =>
  [options.actorIds, options.sourceIds, options.claimIds].some((ids) => ids !== undefined);

/**
 * The quiz as the generators give it for this seed and filters, without the bank: every
 * generator walks the base, but chooses distractors only for what the filters want. The same
 * questions as through the bank (test/bank.test.ts).
 */
function directQuestions(index: QuizIndex, seed: string, options: GenerateOptions): Question[] {
  const { wanted, keeps, wantedProofs } = makeFilters(index, options);
  const context: GeneratorContext = {
    index,
    seed,
    includeOffTopic: options.includeOffTopic ?? false,
    wanted,
    wantedProofs,
    onePerPrompt: true,
    scope: null,
    only: null,
  };
  const types = options.types ?? QUESTION_TYPES;
  const seenIds = new Set<string>();
  const questions: Question[] = [];
  for (const type of QUESTION_TYPES) {
    if (!types.includes(type)) continue;
    const prompts = new Set<string>();
    for (const q of GENERATORS[type](context)) {
      if (seenIds.has(q.id) || !keeps(q)) continue;
      const asked = wordingOf(q);
      if (prompts.has(asked)) continue;
      seenIds.add(q.id);
      prompts.add(asked);
      questions.push(q);
    }
  }
  const ordered = orderQuestions(
    balanceTrueFalse(questions),
    seed,
    options.order ?? 'mixed',
    new Set(options.seen ?? []),
  );
  if (options.count === undefined) return ordered;
  return capTypes(ordered, Math.max(0, options.count), Math.min(3, types.length));
}

/**
 * How many questions `generateQuestions` gives with these filters and no count, without
 * building them: cheap once the base's bank is made.
 */
export function countQuestions(
  kb: KnowledgeBase,
  options: Omit<GenerateOptions, 'seed' | 'count' | 'order' | 'seen'> = {},
): number {
  const index = indexKnowledgeBase(kb);
  return selectQuestions(index, questionBank(index, options.includeOffTopic ?? false), options)
    .length;
}

/** Selections of recent filters, per bank: the quiz page asks with the same few again and again. */
const KEPT_SELECTIONS = 64;
const selections = new WeakMap<QuestionBank, Map<string, readonly Question[]>>();

/**
 * The bank's questions a request's filters keep, each prompt once (its first question), with
 * true/false balanced: no seed changes them, so they are kept per filter.
 */
function selectQuestions(
  index: QuizIndex,
  bank: QuestionBank,
  options: GenerateOptions,
): readonly Question[] {
  const sorted = (list: readonly string[] | undefined) => (list ? [...list].sort() : null);
  const key = JSON.stringify([
    options.types ? QUESTION_TYPES.filter((t) => options.types?.includes(t)) : null,
    sorted(options.actorIds),
    sorted(options.sourceIds),
    sorted(options.claimIds),
    sorted(options.predicateIds),
  ]);
  const kept = selections.get(bank) ?? new Map<string, readonly Question[]>();
  selections.set(bank, kept);
  const cached = kept.get(key);
  if (cached) {
    kept.delete(key);
    kept.set(key, cached);
    return cached;
  }
  const { keeps } = makeFilters(index, options);
  const types = new Set(options.types ?? QUESTION_TYPES);
  const seenIds = new Set<string>();
  // The same words asked twice (two claims with one wording) would read as a repeat.
  const prompts = new Map<QuestionType, Set<string>>();
  const questions: Question[] = [];
  for (const q of candidatesOf(index, bank, options)) {
    if (!types.has(q.type) || seenIds.has(q.id) || !keeps(q)) continue;
    const asked = wordingOf(q);
    let said = prompts.get(q.type);
    if (!said) {
      said = new Set();
      prompts.set(q.type, said);
    }
    if (said.has(asked)) continue;
    seenIds.add(q.id);
    said.add(asked);
    questions.push(q);
  }
  const selected = balanceTrueFalse(questions);
  kept.set(key, selected);
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT_SELECTIONS) break;
    kept.delete(oldest);
  }
  return selected;
}

/**
 * The bank's questions in bank order, or with filters only those a filter's index names: the
 * places every filter kind given names (OR within a kind, AND across kinds).
 */
function candidatesOf(
  index: QuizIndex,
  bank: QuestionBank,
  options: GenerateOptions,
): readonly Question[] {
  const filters: [FilterKind, readonly string[] | undefined][] = [
    ['claim', options.claimIds],
    ['actor', options.actorIds],
    ['source', options.sourceIds],
    ['predicate', options.predicateIds],
  ];
  let kept: Set<number> | null = null;
  for (const [kind, ids] of filters) {
    if (!ids) continue;
    const places = placesOf(index, bank, kind);
    const named = new Set<number>();
    for (const id of ids) {
      for (const place of places.get(id) ?? []) if (!kept || kept.has(place)) named.add(place);
    }
    kept = named;
  }
  if (!kept) return bank.all;
  return [...kept].sort((a, b) => a - b).map((place) => bank.all[place] as Question);
}

/** Easiest first; questions of one difficulty keep their order. */
const byDifficulty = (questions: readonly Question[]): Question[] =>
  questions
    .map((q, i) => ({ q, i }))
    .sort((a, b) => a.q.difficulty.score - b.q.difficulty.score || a.i - b.i)
    .map(({ q }) => q);

/**
 * A quiz of `count` holds about a third of each type at most (half with two types asked, all
 * with one): "who said it" should not fill a quiz. And one question per claim: "What does the
 * blog say?" twice on one topic, or a true/false beside a fill-in of the same fact, asks one
 * thing twice. Questions over the cap or on a claim already asked come after the rest, in order,
 * so a quiz is only short of its count when the base is. Reads the order only as far as the
 * quiz needs.
 */
function capTypes(ordered: Iterable<Question>, count: number, spread: number): Question[] {
  if (count === 0) return [];
  const cap = Math.ceil(count / Math.max(1, spread));
  const taken = new Map<QuestionType, number>();
  const asked = new Set<string>();
  const kept: Question[] = [];
  const over: Question[] = [];
  for (const q of ordered) {
    const n = taken.get(q.type) ?? 0;
    if (n < cap && !q.claimIds.some((id) => asked.has(id))) {
      taken.set(q.type, n + 1);
      for (const id of q.claimIds) asked.add(id);
      kept.push(q);
      if (kept.length === count) return kept;
    } else over.push(q);
  }
  return [...kept, ...over].slice(0, count);
}

/**
 * What makes two questions read as one: the prompt, and for a dispute its two statements too.
 * "What does Foreign Policy say?" about the Tokyo office asks something new with each 2023 report
 * it is set against.
 */
const wordingOf = (q: Question): string =>
  q.type === 'SOURCES_DISAGREE'
    ? [q.prompt, ...q.options.map((o) => o.text).sort()].join('|')
    : q.prompt;

/**
 * A question by its stable id, as `generateQuestions` gave it with this seed under any options:
 * whatever the filters, with or without off-topic claims, and whichever of two questions with
 * one prompt a quiz kept.
 */
export function findQuestion(
  kb: KnowledgeBase,
  id: string,
  options: { seed?: number | string } = {},
): Question | null {
  return questionsById(kb, options.seed).get(id) ?? null;
}

/**
 * Every question any call with this seed could return, by id (see `findQuestion`). Looking one
 * up rebuilds only that question; walking the map rebuilds them all (once per map).
 */
export function questionsById(
  kb: KnowledgeBase,
  seed: number | string = 0,
): ReadonlyMap<string, Question> {
  return new SeededQuestions(indexKnowledgeBase(kb), String(seed));
}

class SeededQuestions implements ReadonlyMap<string, Question> {
  readonly #index: QuizIndex;
  readonly #seed: string;
  readonly #built = new Map<string, Question>();
  #all: Map<string, Question> | null = null;

  constructor(index: QuizIndex, seed: string) {
    this.#index = index;
    this.#seed = seed;
  }

  /** The bank question of this id and the off-topic setting of the first bank that has it. */
  #banked(id: string): [Question, boolean] | null {
    for (const includeOffTopic of [false, true]) {
      const banked = questionBank(this.#index, includeOffTopic).byId.get(id);
      if (banked) return [banked, includeOffTopic];
    }
    return null;
  }

  get(id: string): Question | undefined {
    const built = this.#all?.get(id) ?? this.#built.get(id);
    if (built) return built;
    const banked = this.#banked(id);
    if (!banked) return undefined;
    const [question] = buildQuestions(this.#index, banked[1], this.#seed, [banked[0]]);
    if (question) this.#built.set(id, question);
    return question;
  }

  has(id: string): boolean {
    return this.#banked(id) !== null;
  }

  get size(): number {
    return this.#every().size;
  }

  #every(): Map<string, Question> {
    this.#all ??= everyQuestion(this.#index, this.#seed);
    return this.#all;
  }

  forEach(
    callback: (value: Question, key: string, map: ReadonlyMap<string, Question>) => void,
    thisArg?: unknown,
  ): void {
    for (const [key, value] of this.#every()) callback.call(thisArg, value, key, this);
  }

  entries(): MapIterator<[string, Question]> {
    return this.#every().entries();
  }

  keys(): MapIterator<string> {
    return this.#every().keys();
  }

  values(): MapIterator<Question> {
    return this.#every().values();
  }

  [Symbol.iterator](): MapIterator<[string, Question]> {
    return this.#every()[Symbol.iterator]();
  }
}

function everyQuestion(index: QuizIndex, seed: string): Map<string, Question> {
  const byId = new Map<string, Question>();
  for (const includeOffTopic of [false, true]) {
    const bank = questionBank(index, includeOffTopic);
    const all = [...bank.byId.values()].filter((q) => !byId.has(q.id));
    for (const q of buildQuestions(index, includeOffTopic, seed, all)) byId.set(q.id, q);
  }
  return byId;
}
