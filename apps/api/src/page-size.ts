import { GraphQLError, GraphQLInt, Kind, valueFromAST, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Connections cap `first`/`last` at `max`. Pothos would clamp a larger page silently; a client
 * asking for 500 should learn that it got at most 100, so the request is refused instead.
 */
export function useMaxPageSize(max: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let tooLarge: { name: string; value: number } | undefined;
      visit(args.document, {
        Argument(node) {
          if (tooLarge || (node.name.value !== 'first' && node.name.value !== 'last')) return;
          if (node.value.kind !== Kind.INT && node.value.kind !== Kind.VARIABLE) return;
          const value = valueFromAST(node.value, GraphQLInt, args.variableValues ?? undefined);
          if (typeof value === 'number' && value > max) tooLarge = { name: node.name.value, value };
        },
      });
      if (tooLarge) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `"${tooLarge.name}" is ${tooLarge.value}; at most ${max} items can be asked for at once.`,
              {
                extensions: { code: 'BAD_USER_INPUT' },
              },
            ),
          ],
        });
      }
    },
  };
}
