import type { ClaimValue, RelationType } from '@attest/knowledge';
import type { QuizIndex } from './kb-index.ts';
import { valuesOverlap } from './values.ts';
import { dateFitsActor } from './years.ts';

/**
 * Whether any claim in the base (whatever its rank, dispute or topic) or any relation makes
 * "subject predicate object" true. Distractors and false statements must fail this test: the
 * check is deliberately wider than what the quiz asks about.
 */
export function actorStatementHolds(
  index: QuizIndex,
  subjectId: string,
  predicateId: string,
  objectId: string,
): boolean {
  if (index.actorTruths.has(`${subjectId}|${predicateId}|${objectId}`)) return true;
  const relation = index.predicates.get(predicateId)?.relation;
  return !!relation && relationHolds(index, relation, subjectId, objectId);
}

/**
 * Whether two actors are tied by a relation (Tokyo is part of Japan, Belgium a member of NATO),
 * or are in one group (France and the Vilnius summit are both NATO's). Such a pair makes a poor
 * wrong answer even where no claim states the asked fact: "Japan cooperates with Tokyo" is not
 * false so much as confused, and "France attended the Vilnius summit" was surely true.
 */
export function tiedOrSpeaksFor(index: QuizIndex, a: string, b: string): boolean {
  return tied(index, a, b) || speaksFor(index, a, b) || speaksFor(index, b, a);
}

function tied(index: QuizIndex, a: string, b: string): boolean {
  if (index.relationLinks.has(`${a}|${b}`)) return true;
  return holdsTheGroupOf(index, a, b) || holdsTheGroupOf(index, b, a) || shareAGroup(index, a, b);
}

function shareAGroup(index: QuizIndex, a: string, b: string): boolean {
  const groups = index.groupsOf.get(a);
  if (!groups) return false;
  for (const group of index.groupsOf.get(b) ?? []) if (groups.has(group)) return true;
  return false;
}

/** "The West" holds NATO, which holds its summit: the West was at the summit, invited or not. */
function holdsTheGroupOf(index: QuizIndex, outer: string, inner: string): boolean {
  for (const group of index.groupsOf.get(inner) ?? []) {
    if (index.groupsOf.get(group)?.has(outer)) return true;
  }
  return false;
}

/**
 * A person goes where what a claim ties them to goes: Mette Frederiksen, who leads Denmark, was
 * surely at NATO's summit, where Denmark sits, invited or not. Only for events: the leaders of
 * two NATO members are still fair wrong answers to who leads the other.
 */
function speaksFor(index: QuizIndex, person: string, event: string): boolean {
  if (index.actors.get(person)?.kind !== 'PERSON') return false;
  if (index.actors.get(event)?.kind !== 'EVENT') return false;
  for (const side of index.claimLinks.get(person) ?? []) {
    if (side !== event && tied(index, side, event)) return true;
  }
  return false;
}

export function relationHolds(
  index: QuizIndex,
  type: RelationType,
  subjectId: string,
  objectId: string,
): boolean {
  return index.relationTruths.has(`${type}|${subjectId}|${objectId}`);
}

/**
 * Whether some claim ties two actors, by any predicate. A false statement must not swap in one:
 * "Macron opposes the Tokyo office" is no lie when a claim says he blocked it, and a predicate's
 * `implies` names only the implications that always hold.
 */
export const linked = (index: QuizIndex, a: string, b: string): boolean =>
  index.claimLinks.get(a)?.has(b) ?? false;

/** Whether any claim gives this subject and predicate this value (or an overlapping date). */
export function valueStatementHolds(
  index: QuizIndex,
  subjectId: string,
  predicateId: string,
  value: ClaimValue,
): boolean {
  const given = index.valueTruths.get(`${subjectId}|${predicateId}`) ?? [];
  return given.some((v) => valuesOverlap(v, value));
}

/**
 * Whether an actor in the subject's place would make "subject predicate object" true, or
 * confused. Such an actor is no fair wrong answer, and no swap that makes a statement false:
 * - the base says it;
 * - a relation ties it to the object (Tokyo is part of Japan), or a group holds both;
 * - a claim ties it to the object, either way round, and may imply this one ("NATO cooperates
 *   with China" answers "who cooperates with NATO?"; "Macron blocked the office": he opposes it
 *   too), or ties one of its parts (the Chinese Foreign Ministry speaks for China). A relation
 *   predicate is exactly its relation: cooperating with NATO does not make Japan "a member of
 *   NATO";
 * - a claim ties it to the right answer: the one it would stand for (Stoltenberg, who leads NATO,
 *   for NATO; Macron, who leads France, for France).
 */
export const ruledOutAsSubject = (
  index: QuizIndex,
  p: string,
  subjectId: string,
  objectId: string,
  id: string,
): boolean =>
  actorStatementHolds(index, id, p, objectId) ||
  tiedOrSpeaksFor(index, id, objectId) ||
  (!isRelation(index, p) && impliedByAnother(index, id, objectId)) ||
  linked(index, subjectId, id);

/** The same for an actor in the object's place (`objectId` null when the object is a value). */
export const ruledOutAsObject = (
  index: QuizIndex,
  p: string,
  subjectId: string,
  objectId: string | null,
  id: string,
): boolean =>
  actorStatementHolds(index, subjectId, p, id) ||
  tiedOrSpeaksFor(index, subjectId, id) ||
  (objectId !== null && linked(index, objectId, id)) ||
  (!isRelation(index, p) &&
    (impliedByAnother(index, id, subjectId) || doneByItsOwn(index, p, subjectId, id)));

/** A relation predicate is exactly its relation: no claim of another predicate implies it. */
const isRelation = (index: QuizIndex, p: string): boolean => !!index.predicates.get(p)?.relation;

/**
 * Whether someone a claim ties to the subject (its secretary-general), or a part of it, does this
 * with the candidate: "NATO set up the China team" is no lie when its secretary-general did, nor
 * "Stoltenberg set up the office in Moldova" when NATO did.
 */
function doneByItsOwn(index: QuizIndex, p: string, subjectId: string, candidate: string) {
  for (const doer of index.subjectsOf.get(`${p}|${candidate}`) ?? []) {
    if (linked(index, doer, subjectId) || index.partsOf.get(subjectId)?.has(doer)) return true;
  }
  return false;
}

/**
 * `candidate` is the actor put in; a claim by one of its parts or members speaks for it too ("the
 * AP4 planned to sign the programme" is no lie when Japan did).
 */
function impliedByAnother(index: QuizIndex, candidate: string, other: string) {
  if (linked(index, candidate, other)) return true;
  const parts = index.partsOf.get(candidate) ?? [];
  const members = index.relationSubjectsOf.get(`MEMBER_OF|${candidate}`) ?? [];
  for (const own of [...parts, ...members]) if (linked(index, own, other)) return true;
  return false;
}

/** The same for an actor given the fact's value: it has it too, or a date it cannot have. */
export const ruledOutAsValueSubject = (
  index: QuizIndex,
  p: string,
  value: ClaimValue,
  id: string,
): boolean => valueStatementHolds(index, id, p, value) || !dateFitsActor(index, value, id);
