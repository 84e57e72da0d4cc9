import type { KnowledgeBase } from '@attest/knowledge';
import { nameKey } from './names.ts';
import { rivalNames, slipOf } from './slips.ts';
import type { Answer, AnswerResult, Markable, Marking, Question } from './types.ts';

export interface CheckOptions {
  /**
   * The base the question came from: with it, a typed name one or two letters off a right one
   * ("Stoltenburg") is credited and marked `almost`, unless another actor's name in the base is
   * as close (see slips.ts). Without it, typed answers must match a right name.
   */
  kb?: KnowledgeBase;
  /**
   * For a question kept without its base (a set's): the names of other actors near its accepted
   * answers, as `rivalAnswers` gave them from the base. Given (even empty), slips are credited
   * as with the base, and the verdict is the one the base would give; it wins over `kb`.
   */
  rivals?: readonly string[];
}

/**
 * Marks an answer: option ids for choice questions, typed text for fill-in. The one marking rule
 * of every caller: the quick quiz (a generated question, with its base for slips), sets (a stored
 * question) and live play. Select-many questions give partial credit: (right picks − wrong
 * picks) / right options, floored at 0, so ticking everything earns nothing. Unknown ids count
 * as wrong picks; `readAnswer` refuses them first where a learner's answer comes in.
 */
export function markAnswer(
  question: Markable,
  answer: Answer,
  options: CheckOptions = {},
): Marking {
  const correctOptionIds = question.options.filter((o) => o.correct).map((o) => o.id);
  let score: number;
  let almost: string | null = null;
  if (question.type === 'FILL_IN') {
    const typed = typeof answer === 'string' ? answer : answer.join(' ');
    score = typedCredit(question.acceptedAnswers, typed);
    if (score === 0) {
      almost = slipOfAnswer(question.acceptedAnswers, typed, options);
      if (almost !== null) score = 1;
    }
  } else {
    const picked = typeof answer === 'string' ? [answer] : answer;
    score = pickedCredit(question.selectMany, correctOptionIds, picked);
  }
  return {
    correct: score === 1,
    score,
    almost,
    correctOptionIds,
    acceptedAnswers: [...question.acceptedAnswers],
  };
}

/** `markAnswer` for a generated question, with its right answer, explanation and evidence. */
export function checkAnswer(
  question: Question,
  answer: Answer,
  options: CheckOptions = {},
): AnswerResult {
  return {
    ...markAnswer(question, answer, options),
    answer: question.answer,
    explanation: question.explanation,
    evidence: question.evidence,
  };
}

/** The accepted answer, as written, that a typed one is a slip of; null when none is. */
function slipOfAnswer(accepted: readonly string[], typed: string, { kb, rivals }: CheckOptions) {
  if (rivals === undefined && kb === undefined) return null;
  const key = typedKey(typed);
  if (key === '') return null;
  const keys = accepted.map(typedKey);
  const slip = slipOf(keys, key, () =>
    rivals !== undefined
      ? rivals.map(typedKey)
      : rivalNames(kb as KnowledgeBase, keys, typedKey).keys(),
  );
  return slip === null ? null : (accepted.find((a) => typedKey(a) === slip) ?? null);
}

/**
 * The names a question's accepted answers must never be mistaken for: other actors' names in the
 * base close enough to a right name that a slip of it could be as close to them (see
 * `rivalNames`). Stored with a question kept without its base (a set's), they are what
 * `markAnswer(question, answer, { rivals })` needs to mark it exactly as with the base.
 */
export function rivalAnswers(kb: KnowledgeBase, acceptedAnswers: readonly string[]): string[] {
  return [...rivalNames(kb, acceptedAnswers.map(typedKey), typedKey).values()];
}

/** 1 when the typed text matches an accepted answer, compared as `typedKey` compares them. */
export function typedCredit(acceptedAnswers: readonly string[], typed: string): number {
  const key = typedKey(typed);
  return key !== '' && acceptedAnswers.some((a) => typedKey(a) === key) ? 1 : 0;
}

/**
 * A typed answer as compared: its `nameKey` (case, diacritics, punctuation and a leading "the"
 * forgiven), and what people leave out or add when typing a name: a leading "a" or "an", a
 * possessive ("NATO's Tokyo office" = "NATO Tokyo office") and the dots of initials ("D.C." =
 * "DC", "U.S." = "US").
 */
export function typedKey(text: string): string {
  const words = nameKey(text.replace(/['’]s\b/g, ''))
    .replace(/^an? (?=\S\S)/, '')
    .split(' ');
  let key = '';
  for (let i = 0; i < words.length; i++) {
    const initials = words[i]?.length === 1 && words[i - 1]?.length === 1;
    key += initials || i === 0 ? words[i] : ` ${words[i]}`;
  }
  return key;
}

/**
 * Credit for picked options: 1 or 0 with one right option; with several, (right picks − wrong
 * picks) / right options, floored at 0.
 */
export function pickedCredit(
  selectMany: boolean,
  correctIds: readonly string[],
  picked: readonly string[],
): number {
  const right = new Set(correctIds);
  const chosen = new Set(picked);
  if (!selectMany) {
    const [only] = chosen;
    return chosen.size === 1 && only !== undefined && right.has(only) ? 1 : 0;
  }
  let hits = 0;
  let misses = 0;
  for (const id of chosen) {
    if (right.has(id)) hits++;
    else misses++;
  }
  return right.size === 0 ? 0 : Math.max(0, (hits - misses) / right.size);
}
