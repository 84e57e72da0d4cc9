import type { Database } from '@attest/db';
import { knowledgeMayHaveChanged, watchKnowledge } from '@attest/graphql';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Keeps the quiz's knowledge cache current without a query per request: it trusts what it holds
 * while the database's change notifications are heard, so every node hears a write through any
 * node, the seed loader or raw SQL. A mutation through this node marks it to check again as soon
 * as it is done, so its writer quizzes on it at once, before the notification arrives.
 */
export function useKnowledgeFreshness(db: Pick<Database, 'prisma' | 'onChange'>): Plugin {
  watchKnowledge(db.prisma, db.onChange);
  return {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      return { onExecuteDone: () => knowledgeMayHaveChanged(db.prisma) };
    },
  };
}
