import { pickedCredit, typedCredit } from '@attest/quiz';
import { ClassroomError } from '../errors.ts';
import { type StoredOption, selectsMany } from '../questions/stored.ts';

export interface Markable {
  type: string;
  options: StoredOption[];
  acceptedAnswers: string[];
}

export interface GivenAnswer {
  optionIds?: readonly string[] | null;
  text?: string | null;
}

/** What is kept of an answer: the options picked, or the text typed (fill-in). */
export interface CheckedAnswer {
  chosenOptionIds: string[];
  text: string | null;
}

/**
 * The answer in a shape this question takes, or BAD_USER_INPUT saying why not: fill-in takes
 * text only; the others take existing options only, exactly one unless several may be right.
 */
export function checkAnswerShape(q: Markable, answer: GivenAnswer, label: string): CheckedAnswer {
  const bad = (message: string) => new ClassroomError('BAD_USER_INPUT', `${label}: ${message}`);
  const ids = answer.optionIds ?? [];
  if (q.type === 'FILL_IN') {
    if (ids.length > 0) throw bad('this question takes a typed answer ("text"), not options.');
    const text = answer.text?.trim() ?? '';
    if (text === '') throw bad('send the typed answer as "text".');
    if (text.length > 500) throw bad('the typed answer is longer than 500 characters.');
    return { chosenOptionIds: [], text };
  }
  if (answer.text != null) throw bad('this question takes options ("optionIds"), not text.');
  if (ids.length === 0) throw bad('pick at least one option ("optionIds").');
  const unknown = ids.filter((id) => !q.options.some((o) => o.id === id));
  if (unknown.length > 0) throw bad(`not options of this question: ${unknown.join(', ')}.`);
  if (new Set(ids).size !== ids.length) throw bad('an option is picked more than once.');
  if (ids.length > 1 && !selectsMany(q)) throw bad('this question has one right answer: pick one.');
  return { chosenOptionIds: [...ids], text: null };
}

/**
 * Credit from 0 to 1. Fill-in: 1 when the text matches an accepted answer, forgiving case,
 * diacritics, punctuation, spacing and a leading "the" (the quiz engine's nameKey). Several
 * right options: max(0, (right picks − wrong picks) / right options), the quiz engine's rule and
 * the weights the Moodle XML export carries, so ticking every option earns 0. Otherwise 1 or 0.
 */
export function creditFor(q: Markable, answer: CheckedAnswer): number {
  if (q.type === 'FILL_IN') return typedCredit(q.acceptedAnswers, answer.text ?? '');
  const right = q.options.filter((o) => o.correct).map((o) => o.id);
  if (right.length === 0) return 0;
  return pickedCredit(selectsMany(q), right, answer.chosenOptionIds);
}
