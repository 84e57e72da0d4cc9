import { type KnowledgeBase, rivalAnswers } from '@attest/quiz';

export interface RivalOptions {
  /**
   * The knowledge base the question's names come from: a fill-in keeps the names of its other
   * actors near an accepted answer (`rivalAnswers`), which a slip is never credited for.
   */
  kb?: KnowledgeBase;
}

/** What a stored question keeps as `rivalAnswers`: only a fill-in with a base has any. */
export const rivalsOf = (
  question: { type: string; acceptedAnswers: readonly string[] },
  { kb }: RivalOptions,
): string[] =>
  question.type === 'FILL_IN' && kb ? rivalAnswers(kb, question.acceptedAnswers) : [];
