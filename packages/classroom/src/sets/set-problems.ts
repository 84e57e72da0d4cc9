import type { QuestionSet, SetQuestion } from '@attest/db';
import { questionProblems } from '../questions/question-problems.ts';
import { readOptions } from '../questions/stored.ts';

export interface QuestionProblem {
  position: number;
  questionId: string;
  prompt: string;
  problems: string[];
}

/** A question as refusals name it: its position and the start of its prompt. */
export const questionName = (q: Pick<SetQuestion, 'position' | 'prompt'>): string =>
  `question ${q.position} (“${q.prompt.length > 60 ? `${q.prompt.slice(0, 57)}…` : q.prompt}”)`;

export const storedQuestionProblems = (q: SetQuestion): string[] =>
  questionProblems({ ...q, options: readOptions(q.options) });

/** What stops a set from being published: the set's own problems, then each bad question's. */
export function setProblems(
  set: Pick<QuestionSet, 'drawCount'>,
  questions: readonly SetQuestion[],
): { set: string[]; questions: QuestionProblem[] } {
  const own: string[] = [];
  if (questions.length === 0) own.push('the set has no questions');
  if (set.drawCount !== null && set.drawCount > questions.length && questions.length > 0) {
    own.push(`it draws ${set.drawCount} questions per attempt but has ${questions.length}`);
  }
  return {
    set: own,
    questions: questions.flatMap((q) => {
      const problems = storedQuestionProblems(q);
      return problems.length === 0
        ? []
        : [{ position: q.position, questionId: q.id, prompt: q.prompt, problems }];
    }),
  };
}
