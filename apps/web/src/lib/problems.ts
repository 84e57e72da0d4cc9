import type { SchemaType } from './graphql.ts';

/** What went wrong, in words a learner or instructor understands. Shared by server and browser. */
export type ProblemKind =
  | 'unreachable'
  | 'not-found'
  | 'unauthenticated'
  | 'forbidden'
  | 'bad-input'
  | 'invalid-set'
  | 'finished'
  | 'time-up'
  | 'closed'
  | 'limit'
  | 'conflict'
  | 'busy'
  | 'unknown';

export interface Problem {
  kind: ProblemKind;
  message: string;
}

/**
 * A GraphQL error's `extensions.code`: one of the schema's `ErrorCode` enum, or the web app's own
 * `API_UNREACHABLE`, which its proxies answer with when the API is down.
 */
export type ErrorCode = SchemaType<'ErrorCode'> | 'API_UNREACHABLE';

/**
 * The error codes the web app tells apart, each with the kind of problem it is; any other code is
 * 'unknown'. Typed against the schema, so a code the API does not publish fails the typecheck.
 */
const kindOfCode = {
  API_UNREACHABLE: 'unreachable',
  NOT_FOUND: 'not-found',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  BAD_USER_INPUT: 'bad-input',
  INVALID_QUESTION_SET: 'invalid-set',
  ATTEMPT_FINISHED: 'finished',
  TIME_UP: 'time-up',
  SET_NOT_OPEN: 'closed',
  SET_CLOSED: 'closed',
  ATTEMPT_LIMIT_REACHED: 'limit',
  CONFLICT: 'conflict',
  // Too many requests, or the database briefly down: the API's message says when to retry.
  RATE_LIMITED: 'busy',
  SERVICE_UNAVAILABLE: 'busy',
} as const satisfies Partial<Record<ErrorCode, ProblemKind>>;

type KnownCode = keyof typeof kindOfCode;

/** A GraphQL error as the API sends it. */
export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export const unreachable: Problem = {
  kind: 'unreachable',
  message:
    "Attest can't reach its API right now. If you just started Attest, it may still be loading the knowledge base: wait a few seconds and try again.",
};

/** The browser's own request failed: the network, not the API. */
export const offline: Problem = {
  kind: 'unreachable',
  message: 'No connection: check your network and try again.',
};

const isKnownCode = (code: string | undefined): code is KnownCode =>
  code !== undefined && Object.hasOwn(kindOfCode, code);

export function problemFromErrors(errors: GraphQLError[]): Problem {
  const [first] = errors;
  const code = first?.extensions?.code;
  const kind: ProblemKind = isKnownCode(code) ? kindOfCode[code] : 'unknown';
  // A set for signed-in learners says so itself; other refusals mean the session ran out.
  if (kind === 'unauthenticated' && !/signed-in learners/.test(first?.message ?? ''))
    return { kind, message: 'Your session has expired or you are signed out. Please sign in.' };
  if (kind === 'unreachable') return unreachable;
  return { kind, message: errors.map((e) => e.message).join(' ') || 'Something went wrong.' };
}

/**
 * How every GraphQL request of the web app fails: thrown, carrying the Problem to show and the
 * first error's code (undefined when the request never got a GraphQL answer).
 */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly code?: string,
  ) {
    super(problem.message);
  }
}

const somethingWrong: Problem = {
  kind: 'unknown',
  message: 'Something went wrong. Please try again.',
};

/** A caught error in words, for a form's message: a request's Problem, or "something went wrong". */
export const describe = (error: unknown): string =>
  (error instanceof ProblemError ? error.problem : somethingWrong).message;

/**
 * The Problem of a failed request, caught where a page shows it. Anything else goes on up: Next's
 * notFound() and redirect() work by throwing, and a bug belongs to the error page.
 */
export function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  throw error;
}

/** Whether a caught error is a request's Problem of this kind. */
export const isProblem = (error: unknown, kind: ProblemKind): error is ProblemError =>
  error instanceof ProblemError && error.problem.kind === kind;

/** The error a proxy answers with when the API is down: the shape the API's own errors have. */
export const unreachableResponse = (): Response =>
  Response.json(
    {
      errors: [
        {
          message: unreachable.message,
          extensions: { code: 'API_UNREACHABLE' satisfies ErrorCode },
        },
      ],
    },
    { status: 502 },
  );
