/** A share (0–1) as a whole percentage; a dash when there is none yet. */
export const percent = (share: number | null | undefined): string =>
  share == null ? '–' : `${Math.round(share * 100)}%`;

/** A correlation or index with two decimals; a dash when there is none. */
export const fixed = (x: number | null | undefined): string => (x == null ? '–' : x.toFixed(2));

/** Points with at most two decimals: 4.5, 1.33, 3. */
export const points = (x: number): string => String(Math.round(x * 100) / 100);

/** "1 attempt", "2 attempts": the word's plural is given when it is not just an -s. */
export const plural = (n: number, word: string, many = `${word}s`): string =>
  `${n} ${n === 1 ? word : many}`;

/**
 * The mean score as a teacher reads it: points out of the maximum, then the percentage. The API
 * gives points and, separately, the mean share; a point count is never a percentage.
 */
export function meanScoreText(stats: {
  meanScore: number | null;
  maxScore: number | null;
  meanScoreShare: number | null;
}): string {
  if (stats.meanScore == null || stats.meanScoreShare == null) return 'no mean score yet';
  const share = percent(stats.meanScoreShare);
  return stats.maxScore == null
    ? `mean score ${share}`
    : `mean score ${points(stats.meanScore)} of ${plural(stats.maxScore, 'point')} (${share})`;
}
