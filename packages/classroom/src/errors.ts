/** Codes a client can branch on; the GraphQL layer passes them on as `extensions.code`. */
export type ClassroomErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'INVALID_QUESTION_SET'
  | 'ATTEMPT_FINISHED'
  /** The set asks for signed-in learners and no one is signed in. */
  | 'UNAUTHENTICATED'
  /** Before the set's open date. */
  | 'SET_NOT_OPEN'
  /** After the set's close date. */
  | 'SET_CLOSED'
  /** The learner has used every attempt the set allows. */
  | 'ATTEMPT_LIMIT_REACHED'
  /** An answer came after the attempt's deadline (time limit or close date). */
  | 'TIME_UP';

/** A refusal meant for the person who asked: the message says what was wrong. */
export class ClassroomError extends Error {
  constructor(
    readonly code: ClassroomErrorCode,
    message: string,
    /** Extra machine-readable detail, e.g. the questions that block publishing. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ClassroomError';
  }

  /** graphql-js copies an original error's `extensions` onto the error it reports. */
  get extensions(): Record<string, unknown> {
    return { ...this.details, code: this.code };
  }
}
