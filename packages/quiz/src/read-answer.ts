import type { Answer, Markable } from './types.ts';

/** An answer as a client sends it: the options picked, or the text typed. */
export interface GivenAnswer {
  optionIds?: readonly (string | number)[] | null;
  text?: string | null;
}

/** An answer that can't be an answer to its question; the message says why, as a sentence. */
export class AnswerShapeError extends Error {
  override name = 'AnswerShapeError';
}

/**
 * The answer in the engine's terms (trimmed text for fill-in, option ids otherwise), or an
 * AnswerShapeError saying why it doesn't fit the question: fill-in takes text only, not blank;
 * the others take existing options only, each once, exactly one unless several may be right.
 * One rule for every caller (the quick quiz, sets, live play), so one set of messages.
 */
export function readAnswer(question: Markable, given: GivenAnswer): Answer {
  const bad = (message: string) => new AnswerShapeError(message);
  const ids = (given.optionIds ?? []).map(String);
  if (question.type === 'FILL_IN') {
    if (ids.length > 0) throw bad('This question takes a typed answer ("text"), not options.');
    const text = given.text?.trim() ?? '';
    if (text === '') throw bad('Send the typed answer as "text".');
    return text;
  }
  if (ids.length === 0)
    throw bad('This question takes options: send "optionIds" with at least one option.');
  if (given.text != null) throw bad('This question takes options ("optionIds"), not text.');
  const unknown = ids.filter((id) => !question.options.some((o) => o.id === id));
  if (unknown.length > 0) throw bad(`Not options of this question: ${unknown.join(', ')}.`);
  if (new Set(ids).size !== ids.length) throw bad('An option is picked more than once.');
  if (ids.length > 1 && !question.selectMany)
    throw bad('This question has one right answer: pick one option.');
  return ids;
}
