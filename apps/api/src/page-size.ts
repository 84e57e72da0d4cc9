import { tooLargePage } from '@attest/graphql';
import {
  type ArgumentNode,
  type DocumentNode,
  GraphQLInt,
  Kind,
  valueFromAST,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { refusal as refusalError } from './refusal.ts';

type PageArgument = ArgumentNode & { name: { value: 'first' | 'last' } };

/** The `first`/`last` arguments of a document given as a literal or a variable, in order. */
function pageArguments(document: DocumentNode): PageArgument[] {
  const found: PageArgument[] = [];
  visit(document, {
    Argument(node) {
      const name = node.name.value;
      if (name !== 'first' && name !== 'last') return;
      if (node.value.kind !== Kind.INT && node.value.kind !== Kind.VARIABLE) return;
      found.push(node as PageArgument);
    },
  });
  return found;
}

/**
 * Refuses a connection's `first`/`last` over the page-size limit (@attest/graphql's
 * page-size.ts) before execution: Pothos would clamp a larger page silently, and a client asking
 * for 500 should learn that it got at most 100. A document's arguments are found once (Yoga
 * reuses the parsed document of a query it has seen); only their values are read per request.
 */
export function useMaxPageSize(): Plugin {
  const byDocument = new WeakMap<DocumentNode, PageArgument[]>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let found = byDocument.get(args.document);
      if (!found) {
        found = pageArguments(args.document);
        byDocument.set(args.document, found);
      }
      for (const node of found) {
        const value = valueFromAST(node.value, GraphQLInt, args.variableValues ?? undefined);
        const refusal = typeof value === 'number' ? tooLargePage(node.name.value, value) : null;
        if (refusal) {
          setResultAndStopExecution({ errors: [refusalError('BAD_USER_INPUT', refusal)] });
          return;
        }
      }
    },
  };
}
