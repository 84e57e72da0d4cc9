import { exposeValidationError, isSchemaFault } from '@attest/graphql';
import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';

/**
 * What a client sees of an error: the errors meant for it (see exposeValidationError) as they
 * are, each with a code; anything else as "Unexpected error." with no internals. Yoga passes any GraphQLError
 * through, so a Pothos schema fault is first stripped of its GraphQL origin to be masked too.
 */
export function maskApiError(error: unknown, message: string): Error {
  const exposed = exposeValidationError(error);
  if (exposed) return exposed;
  const fault =
    isSchemaFault(error) && error instanceof GraphQLError
      ? new GraphQLError(error.message, {
          nodes: error.nodes,
          path: error.path,
          originalError: new Error(error.message),
        })
      : error;
  // Never dev mode: it would send stack traces to clients.
  const masked = maskError(fault, message, false);
  if (!(masked instanceof GraphQLError) || masked.extensions.code) return masked;
  // What passes through without a code is graphql-js's own refusal of the request, such as a
  // variable of the wrong type ('Variable "$v" got invalid value []'): bad input like any other.
  return new GraphQLError(masked.message, {
    nodes: masked.nodes,
    source: masked.source,
    positions: masked.positions,
    path: masked.path,
    extensions: { ...masked.extensions, code: 'BAD_USER_INPUT' },
  });
}
