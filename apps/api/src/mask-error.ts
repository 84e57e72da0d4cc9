import { exposeValidationError, isSchemaFault } from '@attest/graphql';
import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';

/**
 * What a client sees of an error: the errors meant for it (see exposeValidationError) as they
 * are; anything else as "Unexpected error." with no internals. Yoga passes any GraphQLError
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
  return maskError(fault, message, false);
}
