export * from './attempts/index.ts';
export type { Db } from './db.ts';
export { ClassroomError, type ClassroomErrorCode } from './errors.ts';
export { createQuestionSet } from './sets/create-question-set.ts';
export { findOwnedSet } from './sets/find-owned-set.ts';
export { findPublishedSet, type PublishedSet } from './sets/find-published-set.ts';
export * from './statistics/index.ts';
