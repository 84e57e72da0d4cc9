import { createHash } from 'node:crypto';

export interface DrawSettings {
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** Questions drawn at random; null (or more than there are) asks them all. */
  drawCount: number | null;
}

interface Drawable<O extends { id: string }> {
  id: string;
  position: number;
  type: string;
  options: O[];
}

// A keyed hash orders items uniformly at random yet reproducibly: the same seed gives the same
// draw, with no generator state to carry from one call to the next.
const rank = (seed: string, key: string) =>
  createHash('sha256').update(seed).update('\0').update(key).digest('hex');

const byRank = <T>(items: readonly T[], key: (item: T) => string, seed: string): T[] =>
  items
    .map((item) => ({ item, rank: rank(seed, key(item)) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .map((x) => x.item);

/**
 * The questions of one attempt, in the order the learner sees them, options in their order:
 * `drawCount` picked at random (kept in set order unless questions are shuffled), options
 * shuffled when asked (but True stays before False). Deterministic given the seed.
 */
export function drawQuestions<O extends { id: string }, Q extends Drawable<O>>(
  questions: readonly Q[],
  settings: DrawSettings,
  seed: string,
): Q[] {
  const inOrder = [...questions].sort((a, b) => a.position - b.position);
  const count = settings.drawCount ?? inOrder.length;
  let drawn =
    count < inOrder.length
      ? byRank(inOrder, (q) => `draw:${q.id}`, seed).slice(0, Math.max(0, count))
      : inOrder;
  drawn = settings.shuffleQuestions
    ? byRank(drawn, (q) => `order:${q.id}`, seed)
    : [...drawn].sort((a, b) => a.position - b.position);
  if (!settings.shuffleOptions) return drawn;
  return drawn.map((q) =>
    q.type === 'TRUE_FALSE'
      ? q
      : { ...q, options: byRank(q.options, (o) => `${q.id}:${o.id}`, seed) },
  );
}
