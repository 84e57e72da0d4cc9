/** The engine's input, re-exported for callers that depend on the engine alone. */
export type { KnowledgeBase } from '@attest/knowledge';
export {
  type CheckOptions,
  checkAnswer,
  markAnswer,
  pickedCredit,
  rivalAnswers,
  typedCredit,
} from './check-answer.ts';
export { type Derivation, deriveQuiz, type KnowledgePart, sameKnowledge } from './derive.ts';
export { FORMAT_DIFFICULTY } from './difficulty.ts';
export { countQuestions, findQuestion, generateQuestions, questionsById } from './generate.ts';
export { toLearnerQuestion } from './learner.ts';
export { nameKey } from './names.ts';
export { OPTION_RULES } from './quality.ts';
export { digest } from './random.ts';
export { AnswerShapeError, type GivenAnswer, readAnswer } from './read-answer.ts';
export * from './types.ts';
