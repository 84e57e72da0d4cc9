export { addGeneratedQuestions } from './add-generated-questions.ts';
export { addQuestion } from './add-question.ts';
export {
  type ClaimState,
  loadClaimStates,
  type QuestionStatus,
  questionStatus,
} from './claim-state.ts';
export { findOwnedQuestion } from './find-owned-question.ts';
export { MAX_QUESTIONS_PER_SET } from './limits.ts';
export { HAND_WRITTEN_TYPES, type QuestionInput } from './question-input.ts';
export { questionProblems } from './question-problems.ts';
export { refreshRivalAnswers } from './refresh-rivals.ts';
export { removeQuestion } from './remove-question.ts';
export { reorderQuestions } from './reorder-questions.ts';
export type { RivalOptions } from './rivals.ts';
export { readEvidence, readOptions, type StoredEvidence } from './stored.ts';
export { updateQuestion } from './update-question.ts';
