/**
 * Every code a client can find in an error's `extensions.code`, with what it means: the one
 * list. Domain packages refuse with these (AttestError), the API's own checks use the transport
 * ones, and the schema publishes the list as the `ErrorCode` enum.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'The input was wrong: the message says what, and nothing was written.',
  NOT_FOUND: 'Something named in the request does not exist, or the viewer may not see it.',
  UNAUTHENTICATED:
    'Sign in first (or, for a set that asks for signed-in learners, sign in to take it).',
  FORBIDDEN: 'Signed in, but not allowed to do this.',
  CONFLICT: 'The request clashes with what is stored, e.g. a slug or text that already exists.',
  INVALID_QUESTION_SET:
    'The set cannot be published as it is: the questions that block it are in `extensions`.',
  ATTEMPT_FINISHED: 'The attempt is finished: it takes no more answers.',
  SET_NOT_OPEN: "The set's open date has not come yet.",
  SET_CLOSED: "The set's close date has passed.",
  ATTEMPT_LIMIT_REACHED: 'The learner has used every attempt the set allows.',
  TIME_UP: "An answer came after the attempt's deadline (time limit or close date).",
  RATE_LIMITED: 'Too many requests: the message says when to try again.',
  BAD_REQUEST: 'The HTTP request itself is malformed (its parameters, not a GraphQL argument).',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the API accepts.',
  SERVICE_UNAVAILABLE: 'The database is briefly unreachable: retry later (`retryable` is true).',
  INTERNAL_SERVER_ERROR: 'An unexpected failure, logged on the server: `requestId` finds it there.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
