import { loadKnowledgeBase } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { generateQuestions, type Question } from '../src/index.ts';
import { world } from './support/world.ts';

/** Two claims' worth of questions for one claim read as one question asked twice. */
const sharedClaims = (quiz: readonly Question[]): string[] => {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const q of quiz) {
    for (const id of q.claimIds) if (seen.has(id)) twice.push(`${id}: ${q.prompt}`);
    for (const id of q.claimIds) seen.add(id);
  }
  return twice;
};

describe('one question per claim in a quiz', () => {
  it('on a small base, while other claims remain', () => {
    const kb = world();
    const claims = new Set(generateQuestions(kb).flatMap((q) => q.claimIds));
    for (const seed of ['a', 'b', 'c', 'd']) {
      // Well under the claims the base has questions on: no quiz need repeat one.
      const quiz = generateQuestions(kb, { seed, count: Math.floor(claims.size / 3) });
      expect(sharedClaims(quiz), seed).toEqual([]);
    }
  });

  it('on the corpus, three quizzes of 20', () => {
    const kb = loadKnowledgeBase();
    for (const seed of ['r1', 'r2', 'r3']) {
      const quiz = generateQuestions(kb, { seed, count: 20 });
      expect(quiz).toHaveLength(20);
      expect(sharedClaims(quiz), seed).toEqual([]);
    }
  });
});
