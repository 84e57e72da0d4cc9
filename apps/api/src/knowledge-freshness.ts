import type { Database } from '@attest/db';
import {
  collectionsMayHaveChanged,
  knowledgeMayHaveChanged,
  watchCollections,
  watchKnowledge,
} from '@attest/graphql';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { onlyLearnerMutations } from './learner-mutations.ts';

/**
 * Keeps the quiz's knowledge cache current without a query per request: it trusts what it holds
 * while the database's change notifications are heard, so every node hears a write through any
 * node, the seed loader or raw SQL. A mutation through this node marks it to check again as soon
 * as it is done, so its writer quizzes on it at once, before the notification arrives; a
 * learner's answers write no knowledge and leave it (and the search index it keeps) alone. The
 * collections each viewer may read are kept the same way (readable-cache.ts in @attest/graphql).
 */
export function useKnowledgeFreshness(
  db: Pick<Database, 'prisma' | 'onChange' | 'heardUpToNow'>,
): Plugin {
  watchKnowledge(db.prisma, db.onChange, db.heardUpToNow);
  watchCollections(db.prisma, db.onChange);
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation' || onlyLearnerMutations(operation)) return;
      return {
        onExecuteDone: () => {
          knowledgeMayHaveChanged(db.prisma);
          collectionsMayHaveChanged(db.prisma);
        },
      };
    },
  };
}
