import type { Actor, ActorKind, Predicate } from '@attest/knowledge';

/**
 * Things that exist only in the news (an office plan, a partnership programme, a communiqué): the
 * texts name everyone who supports, opposes or criticized them. A country, a person, an alliance,
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
