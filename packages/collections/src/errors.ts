/** Codes a client can branch on; the GraphQL layer passes them on as `extensions.code`. */
export type CollectionErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';

/** A refusal meant for the person who asked: the message says what was wrong. */
export class CollectionError extends Error {
  constructor(
    readonly code: CollectionErrorCode,
    message: string,
    /** Extra machine-readable detail, e.g. the source a duplicate text matches. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'CollectionError';
  }

  /** graphql-js copies an original error's `extensions` onto the error it reports. */
  get extensions(): Record<string, unknown> {
    return { ...this.details, code: this.code };
  }
}
