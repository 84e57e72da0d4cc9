export { createQuestionSet } from './create-question-set.ts';
export { deleteQuestionSet } from './delete-question-set.ts';
export { duplicateQuestionSet } from './duplicate-question-set.ts';
export { findOwnedSet } from './find-owned-set.ts';
export { publishQuestionSet } from './publish-question-set.ts';
export { type QuestionProblem, setProblems, storedQuestionProblems } from './set-problems.ts';
export { findSharedSet, type SharedSet, toSharedSet } from './shared-set.ts';
export { unpublishQuestionSet } from './unpublish-question-set.ts';
export { type UpdateQuestionSetInput, updateQuestionSet } from './update-question-set.ts';
