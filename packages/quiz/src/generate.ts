import type { KnowledgeBase } from '@attest/knowledge';
import { balanceTrueFalse } from './balance.ts';
import { makeFilters } from './filters.ts';
import type { Generator, GeneratorContext } from './generators/context.ts';
import { fillInQuestions } from './generators/fill-in.ts';
import { listQuestions } from './generators/lists.ts';
import { membershipQuestions } from './generators/memberships.ts';
import { singleChoiceQuestions } from './generators/single-choice.ts';
import { sourcesDisagreeQuestions } from './generators/sources-disagree.ts';
import { trueFalseQuestions } from './generators/true-false.ts';
import { whoSaidQuestions } from './generators/who-said.ts';
import { indexKnowledgeBase, type QuizIndex } from './kb-index.ts';
import { orderQuestions } from './order.ts';
import { type GenerateOptions, QUESTION_TYPES, type Question, type QuestionType } from './types.ts';

const GENERATORS: Record<QuestionType, Generator> = {
  SINGLE_CHOICE: singleChoiceQuestions,
  MULTI_SELECT: (context) => [...membershipQuestions(context), ...listQuestions(context)],
  TRUE_FALSE: trueFalseQuestions,
  WHO_SAID: whoSaidQuestions,
  FILL_IN: fillInQuestions,
  SOURCES_DISAGREE: sourcesDisagreeQuestions,
};

/**
 * Questions from a knowledge base: deterministic for a seed, filtered, ordered, limited.
 * Pure: the base is only read, and its index is cached for as long as the base object lives.
 * Questions that no seed changes are kept with the index and shared by later calls: read-only.
 */
export function generateQuestions(kb: KnowledgeBase, options: GenerateOptions = {}): Question[] {
  const index = indexKnowledgeBase(kb);
  const seed = String(options.seed ?? 0);
  const { wanted, keeps } = makeFilters(index, options);
  const context = {
    index,
    seed,
    includeOffTopic: options.includeOffTopic ?? false,
    wanted,
    onePerPrompt: true,
  };
  const types = options.types ?? QUESTION_TYPES;

  const seenIds = new Set<string>();
  const seenPrompts = new Map<QuestionType, Set<string>>();
  const questions: Question[] = [];
  for (const type of QUESTION_TYPES) {
    if (!types.includes(type)) continue;
    for (const q of GENERATORS[type](context)) {
      // The same words asked twice (two claims with one wording) would read as a repeat.
      let prompts = seenPrompts.get(q.type);
      if (!prompts) {
        prompts = new Set();
        seenPrompts.set(q.type, prompts);
      }
      const asked = wordingOf(q);
      if (seenIds.has(q.id) || prompts.has(asked) || !keeps(q)) continue;
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
  const count = Math.max(0, options.count);
  return capTypes(ordered, count, Math.min(3, types.length)).slice(0, count);
}

/**
 * A quiz of `count` holds about a third of each type at most (half with two types asked, all
 * with one): "who said it" should not fill a quiz. Questions over the cap come after the rest,
 * in order, so a quiz is only short of its count when the base is.
 */
function capTypes(ordered: Question[], count: number, spread: number): Question[] {
  const cap = Math.ceil(count / Math.max(1, spread));
  const taken = new Map<QuestionType, number>();
  const kept: Question[] = [];
  const over: Question[] = [];
  for (const q of ordered) {
    const n = taken.get(q.type) ?? 0;
    if (n < cap) {
      taken.set(q.type, n + 1);
      kept.push(q);
    } else over.push(q);
  }
  return [...kept, ...over];
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

/** Seeds whose questions are kept by id: answers to one quiz are checked one after another. */
const KEPT_SEEDS = 8;
/** …as long as they hold no more questions than this in all (a large base has many). */
const KEPT_QUESTIONS = 50_000;

/** Every question any call with this seed could return, by id (see `findQuestion`). */
export function questionsById(
  kb: KnowledgeBase,
  seed: number | string = 0,
): ReadonlyMap<string, Question> {
  const index = indexKnowledgeBase(kb);
  const key = String(seed);
  const kept = index.questionsBySeed;
  let byId = kept.get(key);
  if (byId) {
    // Most recently used last: the first entry is the one to drop.
    kept.delete(key);
  } else {
    byId = everyQuestion(index, key);
    let total = byId.size;
    for (const other of kept.values()) total += other.size;
    for (const [oldest, other] of kept) {
      if (kept.size < KEPT_SEEDS && total <= KEPT_QUESTIONS) break;
      kept.delete(oldest);
      total -= other.size;
    }
  }
  kept.set(key, byId);
  return byId;
}

function everyQuestion(index: QuizIndex, seed: string): Map<string, Question> {
  const byId = new Map<string, Question>();
  for (const includeOffTopic of [false, true]) {
    const context: GeneratorContext = {
      index,
      seed,
      includeOffTopic,
      wanted: () => true,
      onePerPrompt: false,
    };
    for (const type of QUESTION_TYPES) {
      for (const q of GENERATORS[type](context)) if (!byId.has(q.id)) byId.set(q.id, q);
    }
  }
  return byId;
}
