import type { ErrorCode } from './codes.ts';

/**
 * A refusal meant for the person who asked: the message says what was wrong, the code lets a
 * client branch. Domain functions throw it; the GraphQL layer passes it to clients as it is
 * (graphql/src/errors.ts), anything else is masked.
 */
export class AttestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra machine-readable detail, e.g. the questions that block publishing. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AttestError';
  }

  /** graphql-js copies an original error's `extensions` onto the error it reports. */
  get extensions(): Record<string, unknown> {
    return { ...this.details, code: this.code };
  }
}
