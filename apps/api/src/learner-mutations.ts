import { Kind, type OperationDefinitionNode } from 'graphql';

/**
 * Mutations a learner sends while taking a set. They write attempts only: nothing a cached
 * anonymous answer shows and nothing the knowledge base holds, so the caches that a mutation
 * through this node otherwise marks stale (responses, the quiz's and search's knowledge) stay as
 * they are. A class taking a set would otherwise empty them many times a second.
 */
const LEARNER_MUTATIONS = new Set(['startAttempt', 'submitAnswers', 'finishAttempt']);

/** Every root field of the operation is a learner's mutation (no fragments: a plain list). */
export const onlyLearnerMutations = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.every(
    (s) =>
      s.kind === Kind.FIELD &&
      (LEARNER_MUTATIONS.has(s.name.value) || s.name.value === '__typename'),
  );
