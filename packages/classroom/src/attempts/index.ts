export { selectsMany } from '../questions/stored.ts';
export { drawQuestions } from './draw.ts';
export { type AttemptWithQuestions, findAttempt, listMyAttempts } from './find-attempt.ts';
export { finishAttempt, isExpired, readAttempt } from './finish-attempt.ts';
export { LEARNER_NAME_MAX, learnerNameFor } from './learner-name.ts';
export { markGiven } from './mark.ts';
export { isRevealed } from './reveal.ts';
export { type StartOptions, startAttempt } from './start-attempt.ts';
export { type AnswerInput, submitAnswers } from './submit-answers.ts';
