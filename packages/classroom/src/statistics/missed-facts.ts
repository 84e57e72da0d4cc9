/** One answer in a finished attempt, with the claims its question rests on. */
export interface AnsweredItem {
  claimIds: readonly string[];
  credit: number | null;
}

export interface MissedCount<K extends string> {
  key: K;
  answerCount: number;
  /** Answers without full credit (blanks and partial credit included). */
  wrongCount: number;
  wrongShare: number;
}

/**
 * Counts answers and wrong answers per key (a claim, an actor), most missed first: by wrong
 * answers, then by wrong share. An item counts once per key, however many of its claims share it.
 */
export function countMissed<K extends string>(
  items: readonly AnsweredItem[],
  keysOf: (claimIds: readonly string[]) => readonly K[],
): MissedCount<K>[] {
  const counts = new Map<K, { answerCount: number; wrongCount: number }>();
  for (const item of items) {
    const wrong = (item.credit ?? 0) < 1;
    for (const key of new Set(keysOf(item.claimIds))) {
      const c = counts.get(key) ?? { answerCount: 0, wrongCount: 0 };
      c.answerCount++;
      if (wrong) c.wrongCount++;
      counts.set(key, c);
    }
  }
  return [...counts]
    .map(([key, c]) => ({ key, ...c, wrongShare: c.wrongCount / c.answerCount }))
    .sort(
      (a, b) =>
        b.wrongCount - a.wrongCount ||
        b.wrongShare - a.wrongShare ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}
