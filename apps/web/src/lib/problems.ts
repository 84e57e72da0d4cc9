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

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

const kinds: Record<string, ProblemKind> = {
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
};

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

export function problemFromErrors(errors: GraphQLError[]): Problem {
  const [first] = errors;
  const kind = kinds[first?.extensions?.code ?? ''] ?? 'unknown';
  // A set for signed-in learners says so itself; other refusals mean the session ran out.
  if (kind === 'unauthenticated' && !/signed-in learners/.test(first?.message ?? ''))
    return { kind, message: 'Your session has expired or you are signed out. Please sign in.' };
  if (kind === 'unreachable') return unreachable;
  return { kind, message: errors.map((e) => e.message).join(' ') || 'Something went wrong.' };
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}
