import type { GraphQLError } from 'graphql';
import { refusal, refusalBody } from './refusal.ts';

/** Seconds a client should wait before retrying when the database cannot serve. */
export const RETRY_AFTER_SECONDS = 5;

// Driver adapter error kinds and SQLSTATE classes that mean "the database cannot serve now"
// rather than "this request is wrong": a retry later may well succeed.
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'TooManyConnections',
  'SocketTimeout',
  'TlsConnectionError',
]);
// 08: connection exception; 53: insufficient resources; 57P: operator intervention (shutdown,
// crash, cannot connect now); 57014: statement cancelled by statement_timeout.
const UNAVAILABLE_SQLSTATE = /^(08|53|57P|57014$)/;
// Prisma's own codes: can't reach (P1001), timeout (P1002, P1008), server closed (P1017), pool
// timeout (P2024); and Node's socket errors.
const UNAVAILABLE_CODES = new Set([
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);
// "Can't reach database server" (P1001) and "Server has closed the connection" (the adapter's
// ConnectionClosed): texts a raw query sent outside a transaction carries inside P2010 ("Raw
// query failed. Code: `N/A`") instead of the code or kind.
const UNAVAILABLE_MESSAGES =
  /Can't reach database server|Server has closed the connection|Connection terminated|connection timeout|Client has encountered a connection error|terminating connection|the database system is (starting up|shutting down)|canceling statement due to statement timeout/i;

interface Inspectable {
  name?: unknown;
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  originalCode?: unknown;
  cause?: unknown;
  originalError?: unknown;
}

/** The error and everything it wraps (GraphQL's originalError, Prisma's and Node's cause). */
function* chain(error: unknown): Generator<Inspectable> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as Inspectable;
    yield e;
    current = e.originalError ?? e.cause;
  }
}

/** True when an error means the database is down, restarting, overloaded or too slow. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e.name === 'PrismaClientInitializationError') return true;
    if (typeof e.kind === 'string' && UNAVAILABLE_KINDS.has(e.kind)) return true;
    for (const code of [e.code, e.originalCode]) {
      if (typeof code !== 'string') continue;
      if (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code)) return true;
    }
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/**
 * What a client gets when the database cannot serve: HTTP 503 with `Retry-After`, and a code
 * it can branch on to retry (answers carry keys, so a retried write never counts twice).
 */
export function unavailableError(path?: readonly (string | number)[]): GraphQLError {
  return refusal(
    'SERVICE_UNAVAILABLE',
    `The database is unavailable for the moment; retry in ${RETRY_AFTER_SECONDS} seconds.`,
    {
      path,
      extensions: {
        retryable: true,
        http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
      },
    },
  );
}

/** The same, as a plain HTTP response for the routes outside GraphQL. */
export function unavailableResponse(fetchAPI: { Response: typeof Response }): Response {
  const error = unavailableError();
  return new fetchAPI.Response(
    refusalBody('SERVICE_UNAVAILABLE', error.message, { retryable: true }),
    {
      status: 503,
      headers: {
        'content-type': 'application/json',
        'retry-after': String(RETRY_AFTER_SECONDS),
      },
    },
  );
}
