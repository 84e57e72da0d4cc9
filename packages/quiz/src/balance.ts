import { hash53 } from './random.ts';
import type { Question } from './types.ts';

const keyedTrue = (q: Question): boolean => q.answer === 'True';

/**
 * True/false keyed True about as often as False. Every fact gives a true statement, but a false
 * one only where the base proves it false (a swap no claim makes true, an opposite), so left
 * alone most statements are true and answering "True" to all of them scores well. The larger side
 * keeps at most one more than the smaller: first statements of facts the other side does not
 * state ("Tesk blocked the office" beside "Vos blocked the office" gives one away), then by a
 * hash of the id, so every seed keeps the same ones.
 */
export function balanceTrueFalse(questions: readonly Question[]): Question[] {
  const trues: Question[] = [];
  const falses: Question[] = [];
  for (const q of questions) if (q.type === 'TRUE_FALSE') (keyedTrue(q) ? trues : falses).push(q);
  const [more, fewer] = trues.length > falses.length ? [trues, falses] : [falses, trues];
  const room = fewer.length + 1;
  if (more.length <= room) return questions.slice();
  const stated = new Set(fewer.map(factOf));
  const kept = new Set(
    more
      .map((q) => ({ q, twin: stated.has(factOf(q)) ? 1 : 0, rank: rankOf(q) }))
      .sort((a, b) => a.twin - b.twin || a.rank - b.rank)
      .slice(0, room)
      .map(({ q }) => q),
  );
  const dropped = new Set(more.filter((q) => !kept.has(q)));
  return questions.filter((q) => !dropped.has(q));
}

const ranks = new WeakMap<Question, number>();

/**
 * A statement's place among those kept, by a hash of its id; remembered per question object, as
 * a bank's questions are kept by the banks of later versions of the base (splice.ts).
 */
function rankOf(q: Question): number {
  let rank = ranks.get(q);
  if (rank === undefined) {
    rank = hash53(q.id);
    ranks.set(q, rank);
  }
  return rank;
}

/** The claims a statement is made from: a fact's true and false statements share them. */
const factOf = (q: Question): string => q.claimIds.join('|');

/**
 * A seeded shuffle of true/false questions dealt so that no stretch of the quiz leans more than
 * two either way: a short quiz keeps the balance of the whole, while the key of the next one is
 * seldom forced.
 */
export function dealEvenly(shuffled: readonly Question[]): Question[] {
  const trues = shuffled.filter(keyedTrue);
  const falses = shuffled.filter((q) => !keyedTrue(q));
  const dealt: Question[] = [];
  let t = 0;
  let f = 0;
  for (const q of shuffled) {
    let takeTrue = keyedTrue(q);
    if (takeTrue && t - f >= 2 && f < falses.length) takeTrue = false;
    else if (!takeTrue && f - t >= 2 && t < trues.length) takeTrue = true;
    if (takeTrue && t >= trues.length) takeTrue = false;
    if (!takeTrue && f >= falses.length) takeTrue = true;
    dealt.push((takeTrue ? trues[t++] : falses[f++]) as Question);
  }
  return dealt;
}
