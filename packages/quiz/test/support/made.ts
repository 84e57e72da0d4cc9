import type { KnowledgeBase } from '@attest/knowledge';
import { type Question, questionsById } from '../../src/index.ts';

/**
 * Every question the generators make for a base and seed, before a quiz balances true/false or
 * drops repeats: where a test reads how a statement is worded, whether or not a quiz keeps it.
 */
export const madeQuestions = (kb: KnowledgeBase, seed: number | string = 0): Question[] => [
  ...questionsById(kb, seed).values(),
];
