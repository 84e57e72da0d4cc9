import { describe, expect, it } from 'vitest';
import { countMissed, pearson, questionStatistics } from '../src/index.ts';

/*
 * Five finished attempts at three questions (credit; a blank is null and counts 0):
 *
 *   attempt  Q1 single (picked)  Q2 multi (picked)  Q3 fill-in  score
 *   P1       1   (A)             1   (a, b)         1           3
 *   P2       1   (A)             0.5 (a)            0           1.5
 *   P3       0   (B)             1   (a, b)         0           1
 *   P4       0   (C)             0   (a, c)         0           0
 *   P5       –   (blank)         0   (c)            1           1
 *
 * Q1: marks x = 1 1 0 0 0, rest of test y = score − x = 2 0.5 1 0 1.
 *   facility = 2/5 = 0.4. mean x = 0.4, mean y = 4.5/5 = 0.9.
 *   dx = .6 .6 −.4 −.4 −.4; dy = 1.1 −.4 .1 −.9 .1
 *   Σdxdy = .66 − .24 − .04 + .36 − .04 = 0.70; Σdx² = 1.2; Σdy² = 1.21+.16+.01+.81+.01 = 2.2
 *   r = 0.70 / √(1.2 × 2.2) = 0.70 / √2.64 ≈ 0.4308
 *   shares: A 2/5, B 1/5, C 1/5.
 * Q2: x = 1 .5 1 0 0, y = 2 1 0 0 1. facility = 2.5/5 = 0.5; mean y = 0.8.
 *   dx = .5 0 .5 −.5 −.5; dy = 1.2 .2 −.8 −.8 .2
 *   Σdxdy = .6 + 0 − .4 + .4 − .1 = 0.5; Σdx² = 1.0; Σdy² = 1.44+.04+.64+.64+.04 = 2.8
 *   r = 0.5 / √2.8 ≈ 0.2988. shares: a 4/5, b 2/5, c 2/5, d 0.
 * Q3: x = 1 0 0 0 1, y = 2 1.5 1 0 0. facility 0.4; mean y 0.9.
 *   dx = .6 −.4 −.4 −.4 .6; dy = 1.1 .6 .1 −.9 −.9
 *   Σdxdy = .66 − .24 − .04 + .36 − .54 = 0.20; Σdx² = 1.2; Σdy² = 1.21+.36+.01+.81+.81 = 3.2
 *   r = 0.2 / √3.84 ≈ 0.1021.
 */
const handExample = {
  scores: [3, 1.5, 1, 0, 1],
  q1: { credits: [1, 1, 0, 0, null], picks: [['A'], ['A'], ['B'], ['C'], []] },
  q2: { credits: [1, 0.5, 1, 0, 0], picks: [['a', 'b'], ['a'], ['a', 'b'], ['a', 'c'], ['c']] },
  q3: { credits: [1, 0, 0, 0, 1], picks: [[], [], [], [], []] },
};

const responses = ({ credits, picks }: { credits: (number | null)[]; picks: string[][] }) =>
  credits.map((credit, i) => ({
    credit,
    chosenOptionIds: picks[i] ?? [],
    attemptScore: handExample.scores[i] ?? 0,
  }));

const opts = (ids: string[], right: string[]) =>
  ids.map((id) => ({ id, text: `option ${id}`, correct: right.includes(id) }));

describe('question statistics, against the hand-computed example', () => {
  it('single choice: facility 0.4, discrimination 0.70/√2.64, shares per option', () => {
    const s = questionStatistics(opts(['A', 'B', 'C'], ['A']), responses(handExample.q1));
    expect(s.answerCount).toBe(5);
    expect(s.facilityIndex).toBeCloseTo(0.4, 10);
    expect(s.discriminationIndex).toBeCloseTo(0.7 / Math.sqrt(2.64), 10);
    expect(s.discriminationIndex).toBeCloseTo(0.4308, 4);
    expect(s.options.map((o) => [o.optionId, o.correct, o.count, o.share])).toEqual([
      ['A', true, 2, 0.4],
      ['B', false, 1, 0.2],
      ['C', false, 1, 0.2],
    ]);
  });

  it('multi-select: facility 0.5, discrimination 0.5/√2.8, shares per option', () => {
    const s = questionStatistics(opts(['a', 'b', 'c', 'd'], ['a', 'b']), responses(handExample.q2));
    expect(s.facilityIndex).toBeCloseTo(0.5, 10);
    expect(s.discriminationIndex).toBeCloseTo(0.2988, 4);
    expect(s.options.map((o) => [o.optionId, o.count, o.share])).toEqual([
      ['a', 4, 0.8],
      ['b', 2, 0.4],
      ['c', 2, 0.4],
      ['d', 0, 0],
    ]);
  });

  it('fill-in: facility 0.4, discrimination 0.2/√3.84', () => {
    const s = questionStatistics([], responses(handExample.q3));
    expect(s.facilityIndex).toBeCloseTo(0.4, 10);
    expect(s.discriminationIndex).toBeCloseTo(0.1021, 4);
  });

  it('has no discrimination for fewer than two attempts or when every mark is the same', () => {
    expect(questionStatistics([], []).facilityIndex).toBeNull();
    expect(questionStatistics([], []).discriminationIndex).toBeNull();
    const one = questionStatistics([], [{ credit: 1, chosenOptionIds: [], attemptScore: 2 }]);
    expect([one.facilityIndex, one.discriminationIndex]).toEqual([1, null]);
    const allRight = questionStatistics(
      [],
      [1, 2, 3].map((attemptScore) => ({ credit: 1, chosenOptionIds: [], attemptScore })),
    );
    expect([allRight.facilityIndex, allRight.discriminationIndex]).toEqual([1, null]);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 10);
  });
});

describe('countMissed', () => {
  it('counts answers and misses per key, most missed first, each item once per key', () => {
    const items = [
      { claimIds: ['c1', 'c2'], credit: 1 },
      { claimIds: ['c1'], credit: 0.5 },
      { claimIds: ['c1'], credit: null },
      { claimIds: ['c2'], credit: 0 },
      { claimIds: ['c3'], credit: 0 },
    ];
    expect(countMissed(items, (ids) => ids)).toEqual([
      { key: 'c1', answerCount: 3, wrongCount: 2, wrongShare: 2 / 3 },
      { key: 'c3', answerCount: 1, wrongCount: 1, wrongShare: 1 },
      { key: 'c2', answerCount: 2, wrongCount: 1, wrongShare: 0.5 },
    ]);
    // Both claims of the first item are about actor "x": it counts once for x.
    expect(countMissed(items.slice(0, 1), () => ['x', 'x'])).toEqual([
      { key: 'x', answerCount: 1, wrongCount: 0, wrongShare: 0 },
    ]);
  });
});
