import { loadKnowledgeBase } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { generateQuestions, type Question, type QuestionType } from '../src/index.ts';
import { world } from './support/world.ts';

const mostOfOneType = (quiz: readonly Question[]) => {
  const counts = new Map<QuestionType, number>();
  for (const q of quiz) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
  return Math.max(...counts.values());
};

describe('quizzes that do not repeat', () => {
  it('questions already seen come after every unseen one', () => {
    // Six: the small world has three questions of some types, two quizzes of one each.
    const kb = world();
    const first = generateQuestions(kb, { seed: 1, count: 6 });
    const seen = first.map((q) => q.id);
    const second = generateQuestions(kb, { seed: 2, count: 6, seen });
    expect(second.filter((q) => seen.includes(q.id))).toEqual([]);
    // Seen questions are still asked once the unseen ones run out.
    const everything = generateQuestions(kb, { seed: 2, seen });
    expect(everything.length).toBe(generateQuestions(kb, { seed: 2 }).length);
  });

  it('a type whose unseen questions ran out gives way to unseen ones of other types', () => {
    const kb = world();
    const all = generateQuestions(kb, { seed: 3 });
    // Everything of one type seen: a quiz that has room elsewhere repeats none of it.
    const type = all[0]?.type;
    const seen = all.filter((q) => q.type === type).map((q) => q.id);
    const unseen = all.length - seen.length;
    const quiz = generateQuestions(kb, { seed: 4, count: Math.min(unseen, 4), seen });
    expect(quiz.filter((q) => seen.includes(q.id))).toEqual([]);
    // Every question of the base still comes, seen ones last.
    const everything = generateQuestions(kb, { seed: 4, seen });
    expect(everything.slice(unseen).every((q) => seen.includes(q.id))).toBe(true);
  });

  it('three consecutive corpus quizzes of 20 share no question', () => {
    const kb = loadKnowledgeBase();
    const seen: string[] = [];
    for (const seed of ['r1', 'r2', 'r3']) {
      const quiz = generateQuestions(kb, { seed, count: 20, seen });
      expect(quiz).toHaveLength(20);
      expect(quiz.filter((q) => seen.includes(q.id)).map((q) => q.prompt)).toEqual([]);
      seen.push(...quiz.map((q) => q.id));
    }
  });
});

describe('type caps', () => {
  const kb = loadKnowledgeBase();

  it('about a third of a quiz at most is of one type, in either order', () => {
    for (const order of ['mixed', 'difficulty'] as const) {
      for (const count of [6, 20, 45]) {
        const quiz = generateQuestions(kb, { seed: 'caps', count, order });
        expect(quiz).toHaveLength(count);
        expect(mostOfOneType(quiz), `${order} ${count}`).toBeLessThanOrEqual(Math.ceil(count / 3));
      }
    }
  });

  it('half with two types asked, all with one; short of a type only when the base is', () => {
    const two = generateQuestions(kb, { count: 20, types: ['TRUE_FALSE', 'WHO_SAID'] });
    expect(mostOfOneType(two)).toBe(10);
    const one = generateQuestions(kb, { count: 20, types: ['TRUE_FALSE'] });
    expect(one).toHaveLength(20);
    // A small world fills a large quiz with what it has.
    const small = world();
    const all = generateQuestions(small, { order: 'difficulty' });
    expect(generateQuestions(small, { order: 'difficulty', count: all.length })).toHaveLength(
      all.length,
    );
  });
});
