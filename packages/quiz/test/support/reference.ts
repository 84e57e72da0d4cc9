import type { KnowledgeBase } from '@attest/knowledge';
import { balanceTrueFalse } from '../../src/balance.ts';
import { makeFilters } from '../../src/filters.ts';
import { GENERATORS } from '../../src/generators/all.ts';
import { indexKnowledgeBase } from '../../src/kb-index.ts';
import {
  type GenerateOptions,
  QUESTION_TYPES,
  type Question,
  type QuestionType,
} from '../../src/types.ts';
import { orderQuestions } from './reference-order.ts';

/**
 * generateQuestions as it was before the question bank: every generator run in full for the
 * request's seed, then filtered, ordered and cut. The bank must give exactly this.
 */
export function referenceQuestions(kb: KnowledgeBase, options: GenerateOptions = {}): Question[] {
  const index = indexKnowledgeBase(kb);
  const seed = String(options.seed ?? 0);
  // Only the exact filter on finished questions (`keeps`: the documented rule, e.g. "questions
  // with evidence from these sources"), never the engine's cheap test before a question is made:
  // an oracle sharing that shortcut would share its mistakes (it once dropped false statements
  // whose evidence quotes another claim's source).
  const { keeps } = makeFilters(index, options);
  const context = {
    index,
    seed,
    includeOffTopic: options.includeOffTopic ?? false,
    wanted: () => true,
    onePerPrompt: false,
    scope: null,
    only: null,
  };
  const types = options.types ?? QUESTION_TYPES;
  const seenIds = new Set<string>();
  const seenPrompts = new Map<QuestionType, Set<string>>();
  const questions: Question[] = [];
  for (const type of QUESTION_TYPES) {
    if (!types.includes(type)) continue;
    for (const q of GENERATORS[type](context)) {
      let prompts = seenPrompts.get(q.type);
      if (!prompts) {
        prompts = new Set();
        seenPrompts.set(q.type, prompts);
      }
      const asked =
        q.type === 'SOURCES_DISAGREE'
          ? [q.prompt, ...q.options.map((o) => o.text).sort()].join('|')
          : q.prompt;
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
  const cap = Math.ceil(count / Math.max(1, Math.min(3, types.length)));
  const taken = new Map<QuestionType, number>();
  const asked = new Set<string>();
  const kept: Question[] = [];
  const over: Question[] = [];
  for (const q of ordered) {
    const n = taken.get(q.type) ?? 0;
    // One question per claim while others remain (generate.ts).
    if (n < cap && !q.claimIds.some((id) => asked.has(id))) {
      taken.set(q.type, n + 1);
      for (const id of q.claimIds) asked.add(id);
      kept.push(q);
    } else over.push(q);
  }
  return [...kept, ...over].slice(0, count);
}

/** questionsById as it was: every generator run in full for the seed, with and without off-topic claims. */
export function referenceQuestionsById(
  kb: KnowledgeBase,
  seed: number | string = 0,
): Map<string, Question> {
  const index = indexKnowledgeBase(kb);
  const byId = new Map<string, Question>();
  for (const includeOffTopic of [false, true]) {
    const context = {
      index,
      seed: String(seed),
      includeOffTopic,
      wanted: () => true,
      onePerPrompt: false,
      scope: null,
      only: null,
    };
    for (const type of QUESTION_TYPES) {
      for (const q of GENERATORS[type](context)) if (!byId.has(q.id)) byId.set(q.id, q);
    }
  }
  return byId;
}
