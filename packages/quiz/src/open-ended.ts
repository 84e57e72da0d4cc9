import type { Actor, ActorKind, Predicate } from '@attest/knowledge';
import type { QuizIndex } from './kb-index.ts';
import { actorStatementHolds } from './truth.ts';

/**
 * Things that exist only in the news (an office plan, a partnership programme, a communiqué): the
 * texts name those who support, oppose or criticized them, though maybe not all (see
 * wrongIfOpposed). A country, a person, an alliance,
 * a place, an event (a war, a yearly exercise) or a stance ("a free and open Indo-Pacific") has
 * supporters, partners and critics no text lists.
 */
export const STORY_BOUND: ReadonlySet<ActorKind> = new Set(['INITIATIVE', 'DOCUMENT']);

/**
 * Whether an actor the base does not name on the other side of a fact is wrong: always, unless
 * the predicate is open-ended and the side given (`null`: a value) is not story-bound. Only then
 * may a question ask for that other side, or a false statement swap it: "Who supports Ukraine?"
 * would mark Australia wrong, and "Moldova cooperates with NATO" is no lie. Never wrong for an
 * `alwaysOpen` predicate: "Sweden appeared in NATO's 2023 communiqué" is no lie either.
 */
export const othersAreWrong = (predicate: Predicate, given: Actor | null): boolean =>
  !predicate.alwaysOpen &&
  (!predicate.openEnded || (given !== null && STORY_BOUND.has(given.kind)));

/**
 * The test a wrong answer must fail, for an ask or a swap that keeps `keptId` on `side`'s other
 * side. A closed predicate keeps `ruledOut` as it is. An open-ended one, asked only about
 * story-bound things, admits as wrong only those the base puts on the opposite side of the
 * predicate or of what it implies: "Who supports the office?" may offer Macron, who blocked it
 * (and so opposes it), not Frederiksen, of whom the texts say nothing; "Who criticized the
 * office?" may offer its supporters. Null when nothing is provably wrong: ask nothing.
 */
export function wrongIfOpposed(
  index: QuizIndex,
  predicate: Predicate,
  side: 'subject' | 'object',
  keptId: string | null,
  ruledOut: (id: string) => boolean,
  isRight: (id: string) => boolean,
): ((id: string) => boolean) | null {
  if (!predicate.openEnded) return ruledOut;
  if (keptId === null) return null;
  const opposites = [predicate.id, ...predicate.implies].flatMap((id) => {
    const opposite = index.predicates.get(id)?.opposite;
    return opposite ? [opposite] : [];
  });
  if (opposites.length === 0) return null;
  return (id) =>
    isRight(id) ||
    !opposites.some((o) =>
      side === 'subject'
        ? actorStatementHolds(index, id, o, keptId)
        : actorStatementHolds(index, keptId, o, id),
    );
}
