import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../src/index.ts';

const options = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
const questions = Array.from({ length: 8 }, (_, i) => ({
  id: `q${i}`,
  position: i,
  type: i === 7 ? 'TRUE_FALSE' : 'SINGLE_CHOICE',
  options: i === 7 ? [{ id: 'true' }, { id: 'false' }] : options,
}));
const ids = (qs: { id: string }[]) => qs.map((q) => q.id);
const all = { shuffleQuestions: false, shuffleOptions: false, drawCount: null };

describe('drawQuestions', () => {
  it('asks everything in set order unless told otherwise', () => {
    expect(drawQuestions([...questions].reverse(), all, 'x')).toEqual(questions);
  });

  it('draws drawCount questions, kept in set order, the same ones for the same seed', () => {
    const drawn = drawQuestions(questions, { ...all, drawCount: 3 }, 'seed');
    expect(drawn).toHaveLength(3);
    expect(drawn.map((q) => q.position)).toEqual([...drawn.map((q) => q.position)].sort());
    expect(drawQuestions(questions, { ...all, drawCount: 3 }, 'seed')).toEqual(drawn);
    const draws = new Set(
      Array.from({ length: 20 }, (_, i) =>
        ids(drawQuestions(questions, { ...all, drawCount: 3 }, `s${i}`)).join(),
      ),
    );
    expect(draws.size).toBeGreaterThan(5);
    expect(drawQuestions(questions, { ...all, drawCount: 50 }, 'seed')).toHaveLength(8);
  });

  it('shuffles questions and options by the seed, but keeps True before False', () => {
    const settings = { ...all, shuffleQuestions: true, shuffleOptions: true };
    const one = drawQuestions(questions, settings, 'seed');
    expect(drawQuestions(questions, settings, 'seed')).toEqual(one);
    expect(ids(one).sort()).toEqual(ids(questions));
    expect(ids(one)).not.toEqual(ids(questions));
    expect(one.some((q) => q.type !== 'TRUE_FALSE' && ids(q.options).join() !== 'a,b,c,d')).toBe(
      true,
    );
    for (const q of one)
      expect(ids(q.options).sort()).toEqual(
        ids(questions[Number(q.id.slice(1))]?.options ?? []).sort(),
      );
    expect(one.find((q) => q.type === 'TRUE_FALSE')?.options).toEqual([
      { id: 'true' },
      { id: 'false' },
    ]);
    expect(ids(drawQuestions(questions, settings, 'other'))).not.toEqual(ids(one));
  });
});
