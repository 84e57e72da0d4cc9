import type { KnowledgeBase } from '@attest/knowledge';
import { makeFilters } from './filters.ts';
import type { Generator } from './generators/context.ts';
import { fillInQuestions } from './generators/fill-in.ts';
import { listQuestions } from './generators/lists.ts';
import { membershipQuestions } from './generators/memberships.ts';
import { singleChoiceQuestions } from './generators/single-choice.ts';
import { sourcesDisagreeQuestions } from './generators/sources-disagree.ts';
import { trueFalseQuestions } from './generators/true-false.ts';
import { whoSaidQuestions } from './generators/who-said.ts';
import { indexKnowledgeBase } from './kb-index.ts';
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
 */
export function generateQuestions(kb: KnowledgeBase, options: GenerateOptions = {}): Question[] {
  const index = indexKnowledgeBase(kb);
  const seed = String(options.seed ?? 0);
  const { wanted, keeps } = makeFilters(index, options);
  const context = { index, seed, includeOffTopic: options.includeOffTopic ?? false, wanted };
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
      if (seenIds.has(q.id) || prompts.has(q.prompt) || !keeps(q)) continue;
      seenIds.add(q.id);
      prompts.add(q.prompt);
      questions.push(q);
    }
  }
  const ordered = orderQuestions(questions, seed, options.order ?? 'mixed');
  return options.count === undefined ? ordered : ordered.slice(0, Math.max(0, options.count));
}

/** A question by its stable id, regenerated (options as when it was generated, count aside). */
export function findQuestion(
  kb: KnowledgeBase,
  id: string,
  options: GenerateOptions = {},
): Question | null {
  const { count: _, ...rest } = options;
  return generateQuestions(kb, rest).find((q) => q.id === id) ?? null;
}
