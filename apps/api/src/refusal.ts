import type { ErrorCode } from '@attest/errors';
import { GraphQLError, type GraphQLErrorOptions } from 'graphql';

/** What a refusal carries beside its code (`retryAfter`, Yoga's `http`…); the code is set apart. */
type ExtraExtensions = Record<string, unknown> & { code?: never };

/**
 * A refusal by one of the API's own checks (limits, rate limits, body size, outage…): a
 * GraphQLError whose `extensions.code` is one of @attest/errors' ERROR_CODES, so a misspelt code
 * fails typecheck instead of reaching clients.
 */
export function refusal(
  code: ErrorCode,
  message: string,
  {
    extensions,
    ...options
  }: Omit<GraphQLErrorOptions, 'extensions'> & {
    extensions?: ExtraExtensions;
  } = {},
): GraphQLError {
  return new GraphQLError(message, { ...options, extensions: { code, ...extensions } });
}

/** The same refusal as a GraphQL response body, for checks that answer before Yoga parses. */
export function refusalBody(
  code: ErrorCode,
  message: string,
  extensions?: ExtraExtensions,
): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
}
