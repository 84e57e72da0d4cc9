import type { SetQuestionType } from '@attest/db';
import { AttestError } from '@attest/errors';
import { AnswerShapeError, type GivenAnswer, markAnswer, readAnswer } from '@attest/quiz';
import { type StoredOption, selectsMany } from '../questions/stored.ts';

export interface Markable {
  type: SetQuestionType;
  options: StoredOption[];
  acceptedAnswers: string[];
  /** Other actors' names near the accepted ones (SetQuestion.rivalAnswers). */
  rivalAnswers: string[];
}

export type { GivenAnswer };

/** What is kept of an answer: the options picked, or the text typed (fill-in). */
export interface CheckedAnswer {
  chosenOptionIds: string[];
  text: string | null;
}

/** The longest typed answer kept: no accepted answer comes near it. */
const TEXT_MAX = 500;

/**
 * Marks a learner's answer to a stored question with the quiz engine's rules (`readAnswer` for
 * its shape, `markAnswer` for its credit: the quick quiz's, so a set scores as the quick quiz
 * and the Moodle XML export do). With `nearMisses` (the set's acceptNearMisses) a typed slip of
 * a name is credited as the quick quiz credits it, judged against the question's stored rival
 * names instead of the whole base, and `almost` gives the right spelling; without, a typed
 * answer must match. A shape the question doesn't take is BAD_USER_INPUT, the message led by
 * `label` ("Question 2: …").
 */
export function markGiven(
  q: Markable,
  given: GivenAnswer,
  label: string,
  { nearMisses = false }: { nearMisses?: boolean } = {},
): { answer: CheckedAnswer; credit: number; almost: string | null } {
  const question = { ...q, selectMany: selectsMany(q) };
  const bad = (message: string) =>
    new AttestError('BAD_USER_INPUT', `${label}: ${message[0]?.toLowerCase()}${message.slice(1)}`);
  let read: string | readonly string[];
  try {
    read = readAnswer(question, given);
  } catch (error) {
    if (error instanceof AnswerShapeError) throw bad(error.message);
    throw error;
  }
  if (typeof read === 'string' && read.length > TEXT_MAX)
    throw bad(`The typed answer is longer than ${TEXT_MAX} characters.`);
  const answer: CheckedAnswer =
    typeof read === 'string'
      ? { chosenOptionIds: [], text: read }
      : { chosenOptionIds: [...read], text: null };
  const marking = markAnswer(question, read, nearMisses ? { rivals: q.rivalAnswers } : {});
  return { answer, credit: marking.score, almost: marking.almost };
}
