import type { Actor, ClaimValue } from '@attest/knowledge';
import type { Ask } from './generators/ask.ts';
import type { QuizIndex } from './kb-index.ts';
import { STORY_BOUND } from './open-ended.ts';
import { descriptionClass } from './values.ts';

/**
 * Whether the base holds every right answer to an ask, so that a typed answer it does not list
 * is wrong. A choice question only needs its wrong options to be wrong; a typed answer can be
 * anything, so "Who is a member of NATO?" would mark Germany wrong whenever no text names it.
 * Closed when:
 * - the predicate allows one answer that way round: a building is located in one city
 *   (`singleValue`), a country has one leader (`distinctValues`);
 * - or the side the prompt gives exists only in the news (an office plan, a communiqué): the
 *   texts name everyone who proposed, blocked or signed it; or it is a statement or a definite
 *   description from a text ("that the office would provoke China", "the Danish Prime
 *   Minister"). An indefinite one is a category with members no text lists ("a former
 *   U.S. President"), and a number or a date is shared by any number of things. Not for an
 *   open-ended predicate: a choice question may ask who criticized the office, where the options
 *   are checked, but a learner may type any critic the texts quote without the word.
 */
export function answersAreClosed(index: QuizIndex, ask: Ask): boolean {
  const { fact, direction } = ask;
  const { predicate } = fact;
  if (direction === 'object') {
    if (predicate.singleValue) return true;
    if (predicate.openEnded) return false;
    const subject = index.actors.get(fact.subjectId);
    return subject !== undefined && storyBound(subject);
  }
  if (predicate.distinctValues) return true;
  if (predicate.openEnded) return false;
  if (fact.objectId !== null) {
    const object = index.actors.get(fact.objectId);
    return object !== undefined && storyBound(object);
  }
  return fact.value !== null && storyBoundValue(fact.value);
}

const storyBound = (actor: Actor): boolean => STORY_BOUND.has(actor.kind);

const storyBoundValue = (value: ClaimValue): boolean => {
  if (value.kind !== 'text') return false;
  const described = descriptionClass(value);
  return described === null || described === 'DEFINITE';
};
