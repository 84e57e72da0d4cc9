import type { Predicate } from '@attest/knowledge';
import { adversariesOf } from './adversaries.ts';
import type { QuizIndex } from './kb-index.ts';

type Test = (actorId: string) => boolean;

/** A candidate that fails any of the tests fits poorly; undefined when no test applies. */
export function eitherFitsPoorly(...tests: (Test | undefined)[]): Test | undefined {
  const present = tests.filter((t): t is Test => t !== undefined);
  if (present.length <= 1) return present[0];
  return (id) => present.some((t) => t(id));
}

/**
 * For "Who leads the Marathon Initiative?", where a subject has one object (one thing it leads):
 * someone the base says leads something else (Macron, France) is wrong by what the text itself
 * says, and a leader of another kind of thing besides. Offered only when the others run out.
 */
export function doesSoElsewhere(
  index: QuizIndex,
  predicate: Predicate,
  objectId: string,
): Test | undefined {
  if (!predicate.singleValue && !predicate.distinctValues) return undefined;
  return (id) => {
    const objects = index.objectsOf.get(`${id}|${predicate.id}`);
    return !!objects && objects.size > 0 && !objects.has(objectId);
  };
}

/**
 * For "Which of these countries are members of the AP4?": those the group, or a group it is tied
 * to (an alliance it works with, the alliance whose summits it is invited to: NATO for the AP4),
 * stands against (China, Russia) are a different category, not a plausible member.
 */
export function adversaryOfGroup(index: QuizIndex, groupId: string): Test | undefined {
  const groups = new Set([groupId, ...(index.groupsOf.get(groupId) ?? [])]);
  for (const id of index.claimLinks.get(groupId) ?? []) {
    const kind = index.actors.get(id)?.kind;
    if (kind === 'ALLIANCE' || kind === 'ORGANIZATION') groups.add(id);
    if (kind === 'EVENT') for (const g of index.groupsOf.get(id) ?? []) groups.add(g);
  }
  const sets = [...groups].map((g) => adversariesOf(index, g)).filter((s) => s.size > 0);
  if (sets.length === 0) return undefined;
  return (id) => sets.some((s) => s.has(id));
}

/**
 * For "What was described as a perceived growing threat?" answered by China: when some group
 * stands against the answer, rivals that group does not stand against (Japan, Germany) are not
 * what a text calls a threat. Undefined when no group stands against the answer.
 */
export function notOfAnswersCamp(index: QuizIndex, answerId: string): Test | undefined {
  const camps: ReadonlySet<string>[] = [];
  for (const group of index.subjectsOf.get(`opposes|${answerId}`) ?? []) {
    const adversaries = adversariesOf(index, group);
    if (adversaries.size > 1) camps.push(adversaries);
  }
  if (camps.length === 0) return undefined;
  return (id) => !camps.some((c) => c.has(id));
}
