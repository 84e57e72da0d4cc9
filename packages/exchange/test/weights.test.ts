import { describe, expect, it } from 'vitest';
import { isMoodlePercentage, multiSelectWeights } from '../src/index.ts';

describe('multi-select weights', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))(
    'splits 100 %% over %i right options with grades Moodle accepts',
    (count) => {
      const { right, wrong } = multiSelectWeights(count);
      expect(right).toHaveLength(count);
      for (const w of [...right, wrong]) expect(isMoodlePercentage(w), `${w}`).toBe(true);
      expect(wrong).toBeLessThan(0);
      // Moodle rounds the sum of a multi-answer question's positive grades to 2 decimals.
      const total = right.reduce((a, b) => a + b, 0);
      expect(Math.round(total * 100) / 100).toBe(100);
    },
  );

  it('gives equal shares and costs a wrong pick one share, as the quiz scores', () => {
    expect(multiSelectWeights(1)).toEqual({ right: [100], wrong: -100 });
    expect(multiSelectWeights(3)).toEqual({
      right: [33.33333, 33.33333, 33.33333],
      wrong: -33.33333,
    });
    expect(multiSelectWeights(6).right[0]).toBe(16.66667);
    expect(multiSelectWeights(7).right[0]).toBe(14.28571);
  });

  it('refuses counts Moodle cannot weigh', () => {
    expect(() => multiSelectWeights(0)).toThrow(RangeError);
    expect(() => multiSelectWeights(21)).toThrow(/at most|1 to 20/);
  });

  it('knows which percentages Moodle accepts', () => {
    expect(isMoodlePercentage(33.33333)).toBe(true);
    expect(isMoodlePercentage(-12.5)).toBe(true);
    expect(isMoodlePercentage(33)).toBe(false);
    expect(isMoodlePercentage(9.09091)).toBe(false);
  });
});
