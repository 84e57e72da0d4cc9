import { AttestError } from '@attest/errors';
import { PothosError, PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';

interface GraphQLErrorLike {
  name: string;
  message: string;
  originalError?: unknown;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

const isGraphQLErrorLike = (error: unknown): error is GraphQLErrorLike =>
  error instanceof Error && error.name === 'GraphQLError';

/**
 * For the server's error masking, the errors that are the client's to see:
 * - an AttestError: a refusal (a domain function's or a resolver's), with its code and details;
 * - Pothos' PothosValidationError: bad arguments (malformed global IDs and cursors, IDs of the
 *   wrong type), which say what was wrong;
 * - a GraphQL error with no underlying exception: one raised on purpose (query limits,
 *   validation). Recognized by name rather than instanceof, so that a second copy of graphql
 *   loaded by some dependency cannot turn them into "Unexpected error".
 * Anything else stays masked.
 */
export function exposeValidationError(error: unknown): GraphQLError | null {
  const original = isGraphQLErrorLike(error) ? error.originalError : error;
  const path = isGraphQLErrorLike(error) ? error.path : undefined;
  const domain = original instanceof AttestError;
  // Returned as is (its extensions carry the code), so the server does not log it as a failure.
  if (domain && error instanceof GraphQLError) return error;
  if (domain) {
    return new GraphQLError(original.message, { path, extensions: original.extensions });
  }
  if (original instanceof PothosValidationError) {
    return new GraphQLError(original.message, { path, extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (error instanceof GraphQLError && original === undefined) return error;
  if (isGraphQLErrorLike(error) && original === undefined) {
    return new GraphQLError(error.message.replace(/^Syntax Error: (?=.* limit of )/, ''), {
      path,
      // As Yoga marks its own request errors: 400 for graphql-response+json, 200 for plain JSON.
      extensions: {
        code: 'BAD_USER_INPUT',
        http: { spec: true, status: 400 },
        ...error.extensions,
      },
    });
  }
  return null;
}

/**
 * Pothos' own errors other than validation ("Nope has not been implemented") are bugs, but they
 * are GraphQLErrors, which the server would otherwise pass to clients as if raised on purpose.
 */
export function isSchemaFault(error: unknown): boolean {
  const original = isGraphQLErrorLike(error) ? error.originalError : error;
  return original instanceof PothosError && !(original instanceof PothosValidationError);
}
