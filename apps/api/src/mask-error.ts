import { exposeValidationError, isSchemaFault } from '@attest/graphql';
import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { isDatabaseUnavailable, unavailableError } from './database-outage.ts';
import { refusal } from './refusal.ts';
import { currentRequestId } from './request-scope.ts';

/**
 * What a client sees of an error: the errors meant for it (see exposeValidationError) as they
 * are, each with a code; anything else as "Unexpected error." with no internals (never Yoga's
 * dev mode: it would send stack traces). Yoga passes any GraphQLError through, so a Pothos
 * schema fault is first stripped of its GraphQL origin to be masked too.
 */
export function maskApiError(error: unknown, message: string): Error {
  const exposed = exposeValidationError(error);
  // An outage is no bug: 503, retryable, with Retry-After (see database-outage.ts).
  if (!exposed && isDatabaseUnavailable(error))
    return unavailableError(error instanceof GraphQLError ? error.path : undefined);
  const shown = exposed ?? maskError(unlessFault(error), message, false);
  if (!exposed && shown !== error && shown instanceof GraphQLError && shown.message === message) {
    // The unexpected: the request id lets a user's report find the logged stack.
    return refusal('INTERNAL_SERVER_ERROR', message, {
      path: shown.path,
      extensions: { requestId: currentRequestId() },
    });
  }
  if (!(shown instanceof GraphQLError) || shown.extensions.code) return shown;
  // What is shown without a code is graphql-js's own refusal of the request, such as a variable
  // of the wrong type ('Variable "$v" got invalid value []', '… must not be null'): bad input.
  const { code: _none, ...extensions } = shown.extensions;
  return refusal('BAD_USER_INPUT', shown.message, {
    nodes: shown.nodes,
    source: shown.source,
    positions: shown.positions,
    path: shown.path,
    extensions,
  });
}

/** A Pothos schema fault stripped of its GraphQL origin, so that Yoga masks it. */
const unlessFault = (error: unknown) =>
  isSchemaFault(error) && error instanceof GraphQLError
    ? new GraphQLError(error.message, {
        nodes: error.nodes,
        path: error.path,
        originalError: new Error(error.message),
      })
    : error;
