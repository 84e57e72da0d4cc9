import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * In production, validation errors stop suggesting field names ("Did you mean …?"), which
 * would map the schema for someone probing it with introspection turned off. (graphql-armor's
 * plugin for this checks `instanceof GraphQLError`, which fails when a dependency loads a
 * second copy of graphql; this rebuilds the errors instead.)
 */
export function useHideSuggestions(): Plugin {
  return {
    onValidate:
      () =>
      ({ valid, result, setResult }) => {
        if (valid) return;
        setResult(
          result.map(
            (error) =>
              new GraphQLError(
                error.message.replace(/ ?Did you mean .*\?$/, ' [Suggestion hidden]'),
                {
                  nodes: error.nodes,
                  extensions: error.extensions,
                },
              ),
          ),
        );
      },
  };
}
