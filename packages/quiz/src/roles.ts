import type { ActorKind } from '@attest/knowledge';
import type { QuizIndex } from './kb-index.ts';

/** Which argument of a predicate an actor fills: the one doing, or the one done to. */
export interface Role {
  predicateId: string;
  side: 'subject' | 'object';
}

/**
 * Kinds that fit only some predicates: a bombing cannot be "attended" like a summit. A swapped-in
 * actor of these kinds must already fill the same role of the same predicate somewhere in the base.
 */
const PICKY_KINDS: ReadonlySet<ActorKind> = new Set(['EVENT', 'INITIATIVE', 'DOCUMENT', 'PLACE']);

export const isPicky = (kind: ActorKind): boolean => PICKY_KINDS.has(kind);

/** Words that shade a predicate (expected to, plans to) but do not change what it is about. */
const SHADES = new Set(['expected', 'plans', 'to', 'may', 'at', 'for', 'in', 'of', 'with', 'as']);

/**
 * "attended" and "expected_to_attend" are one family (attend): the first word that is not a
 * shade, roughly stemmed. Crude, but it only ever adds a preference, never a permission.
 */
export function predicateFamily(predicateId: string): string {
  const words = predicateId.toLowerCase().split(/[^a-z]+/);
  const head = words.find((w) => w !== '' && !SHADES.has(w)) ?? predicateId;
  return head.replace(/(ed|es|s|e)$/, '');
}

export const roleKey = (role: Role): string => `${role.side}|${role.predicateId}`;
export const familyKey = (role: Role): string =>
  `${role.side}|family:${predicateFamily(role.predicateId)}`;

/** Whether the actor fills this role of this predicate in some claim of the base. */
export const fillsRole = (index: QuizIndex, role: Role, actorId: string): boolean =>
  index.roleActors.get(roleKey(role))?.has(actorId) ?? false;

/** Whether the actor fills this role of a predicate of the same family somewhere. */
export const fillsFamilyRole = (index: QuizIndex, role: Role, actorId: string): boolean =>
  index.roleActors.get(familyKey(role))?.has(actorId) ?? false;
