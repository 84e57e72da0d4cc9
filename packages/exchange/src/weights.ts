/**
 * Moodle only accepts grades from a fixed list (question_bank::fraction_options_full); an import
 * with any other percentage fails. These are its positive values, as GIFT/XML percentages.
 */
export const MOODLE_PERCENTAGES: readonly number[] = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
  12.5, 11.11111, 10, 5,
];

/** Moodle matches a grade when it is within 0.00001 of a listed fraction (0.001 %). */
export const isMoodlePercentage = (percent: number): boolean =>
  percent === 0 || MOODLE_PERCENTAGES.some((p) => Math.abs(Math.abs(percent) - p) < 0.001);

/** The most right options a multi-select can have: twenty 5 % shares. */
export const MAX_RIGHT_OPTIONS = 20;

/**
 * Weights for a select-many question with `rightCount` right options. Up to 10 right options
 * share 100 % equally (3 → 33.33333 each: Moodle rounds the sum to 2 decimals, so 99.99999
 * counts as 100). Each wrong option costs one share, so Moodle's score, clamped at 0, equals the
 * quiz's partial credit max(0, (right picks − wrong picks) / right options). 11–20 right options
 * have no equal share in Moodle's list, so they get 10 % and 5 % shares that add up to 100.
 */
export function multiSelectWeights(rightCount: number): { right: number[]; wrong: number } {
  if (!Number.isInteger(rightCount) || rightCount < 1 || rightCount > MAX_RIGHT_OPTIONS) {
    throw new RangeError(
      `${rightCount} right options: Moodle weights fit 1 to ${MAX_RIGHT_OPTIONS}`,
    );
  }
  if (rightCount <= 10) {
    const share = Number((100 / rightCount).toFixed(5));
    return { right: Array(rightCount).fill(share), wrong: -share };
  }
  const tens = MAX_RIGHT_OPTIONS - rightCount;
  return {
    right: [...Array(tens).fill(10), ...Array(rightCount - tens).fill(5)],
    wrong: -5,
  };
}

/** One weight per option, in order: 100/0 for a single answer, shares for select-many. */
export function optionWeights(
  options: readonly { correct: boolean }[],
  selectMany: boolean,
): number[] {
  if (!selectMany) return options.map((o) => (o.correct ? 100 : 0));
  const { right, wrong } = multiSelectWeights(options.filter((o) => o.correct).length);
  const shares = right.values();
  // There are exactly as many shares as right options, so the fallback is never used.
  return options.map((o) => (o.correct ? (shares.next().value ?? 0) : wrong));
}
