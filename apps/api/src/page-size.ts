import { tooLargePage } from '@attest/graphql';
import { GraphQLInt, Kind, valueFromAST, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { refusal as refusalError } from './refusal.ts';

/**
 * Refuses a connection's `first`/`last` over the page-size limit (@attest/graphql's
 * page-size.ts) before execution: Pothos would clamp a larger page silently, and a client asking
 * for 500 should learn that it got at most 100.
 */
export function useMaxPageSize(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let refusal: string | null = null;
      visit(args.document, {
        Argument(node) {
          const name = node.name.value;
          if (refusal || (name !== 'first' && name !== 'last')) return;
          if (node.value.kind !== Kind.INT && node.value.kind !== Kind.VARIABLE) return;
          const value = valueFromAST(node.value, GraphQLInt, args.variableValues ?? undefined);
          if (typeof value === 'number') refusal = tooLargePage(name, value);
        },
      });
      if (refusal) {
        setResultAndStopExecution({
          errors: [refusalError('BAD_USER_INPUT', refusal)],
        });
      }
    },
  };
}
