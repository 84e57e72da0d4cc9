import type { LearnerQuestion, Question } from './types.ts';

/** The question as a learner may see it before answering: nothing that gives the answer away. */
export function toLearnerQuestion(question: Question): LearnerQuestion {
  return {
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    options: question.options.map((o) => ({ id: o.id, text: o.text })),
    selectMany: question.selectMany,
    difficulty: question.difficulty.level,
  };
}
