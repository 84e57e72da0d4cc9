import type { ErrorCode } from '@attest/errors';
import type { GraphQLError } from 'graphql';
import type { Refusal } from './limiter.ts';
import { refusal as refusalError } from './refusal.ts';

/** "in 42 seconds" / "in 15 minutes", and the UTC time, so a person knows when to come back. */
export function whenToRetry({ retryAfterSeconds }: Refusal, now = new Date()): string {
  const span =
    retryAfterSeconds < 120
      ? `${retryAfterSeconds} seconds`
      : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  const at = new Date(now.getTime() + retryAfterSeconds * 1000).toISOString().slice(11, 16);
  return `Try again in ${span} (after ${at} UTC).`;
}

const headers = ({ retryAfterSeconds }: Refusal) => ({
  'content-type': 'application/json',
  'retry-after': String(retryAfterSeconds),
});

/** A 429 for the auth routes, shaped as better-auth's own errors ({ code, message }). */
export function tooManyResponse(refusal: Refusal, reason: string): Response {
  return new Response(
    JSON.stringify({
      code: 'RATE_LIMITED' satisfies ErrorCode,
      message: `${reason} ${whenToRetry(refusal)}`,
    }),
    { status: 429, headers: headers(refusal) },
  );
}

/**
 * The GraphQL form: code RATE_LIMITED with `retryAfter` in seconds; Yoga turns `http` into the
 * response's 429 status and Retry-After header (and keeps it out of the body).
 */
export function rateLimitedError(refusal: Refusal, reason: string): GraphQLError {
  return refusalError('RATE_LIMITED', `${reason} ${whenToRetry(refusal)}`, {
    extensions: {
      retryAfter: refusal.retryAfterSeconds,
      http: { status: 429, headers: { 'retry-after': String(refusal.retryAfterSeconds) } },
    },
  });
}
