import type { Predicate } from '@attest/knowledge';
import type { QuizIndex } from './kb-index.ts';

const OPPOSES = 'opposes';

/** Whether a predicate says its subject is against its object: opposes, or implies it. */
const isHostile = (predicate: Predicate): boolean =>
  predicate.id === OPPOSES || predicate.implies.includes(OPPOSES);

/**
 * Those a group stands against, by the base: what it opposes or what implies it (identified as a
 * threat), and what supports one of those (North Korea, which supports Russia). Worked out once
 * per group.
 */
export function adversariesOf(index: QuizIndex, groupId: string): ReadonlySet<string> {
  const known = index.adversaries.get(groupId);
  if (known) return known;
  const opposed = index.objectsOf.get(`${groupId}|${OPPOSES}`) ?? new Set<string>();
  const adversaries = new Set(opposed);
  for (const id of opposed) {
    for (const backer of index.subjectsOf.get(`supports|${id}`) ?? []) adversaries.add(backer);
  }
  adversaries.delete(groupId);
  index.adversaries.set(groupId, adversaries);
  return adversaries;
}

/**
 * For who attended, was invited to or spoke at an event: the adversaries of the groups it
 * belongs to (Russia, for a NATO summit) are poor rivals, offered last and never swapped into a
 * false statement ("Russia was invited to the NATO summit" fools nobody). Undefined when the
 * object is no event of a group, or the predicate is itself against it ("Who criticized the
 * summit?" is where adversaries belong).
 */
export function adversaryOfEventGroup(
  index: QuizIndex,
  predicate: Predicate,
  objectId: string | null,
): ((actorId: string) => boolean) | undefined {
  if (objectId === null || isHostile(predicate)) return undefined;
  if (index.actors.get(objectId)?.kind !== 'EVENT') return undefined;
  const groups = [...(index.groupsOf.get(objectId) ?? [])];
  if (groups.length === 0) return undefined;
  const sets = groups.map((g) => adversariesOf(index, g));
  if (sets.every((s) => s.size === 0)) return undefined;
  return (actorId) => sets.some((s) => s.has(actorId));
}
