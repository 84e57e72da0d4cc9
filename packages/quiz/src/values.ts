import { type ClaimValue, normalizeName } from '@attest/knowledge';
import { hash53 } from './random.ts';

const keys = new WeakMap<ClaimValue, string>();

/** Identity of a claim value: two claims give "the same" value when their keys are equal. */
export function valueKey(value: ClaimValue): string {
  let key = keys.get(value);
  if (key === undefined) {
    if (value.kind === 'text') key = `t:${normalizeName(value.text)}`;
    else if (value.kind === 'number') key = `n:${value.number}:${value.unit ?? ''}`;
    else key = `d:${value.date.value}`;
    keys.set(value, key);
  }
  return key;
}

const hashes = new WeakMap<ClaimValue, number>();

/** A short stable id for a value (its key can be a whole quote), for option keys and ties. */
export function valueHash(value: ClaimValue): number {
  let hash = hashes.get(value);
  if (hash === undefined) {
    hash = hash53(valueKey(value));
    hashes.set(value, hash);
  }
  return hash;
}

export const valueId = (value: ClaimValue): string => `v${valueHash(value).toString(32)}`;

/** "date", "number:percent", "text": values of one shape can stand in for each other. */
export const valueShape = (value: ClaimValue): string =>
  value.kind === 'number' ? `number:${value.unit ?? ''}` : value.kind;

/**
 * Whether two values could both describe the same thing. Dates overlap when one contains the
 * other ("2023-07" and "2023-07-11"), so "July 2023" is never offered against "11 July 2023".
 */
export function valuesOverlap(a: ClaimValue, b: ClaimValue): boolean {
  if (a.kind === 'date' && b.kind === 'date') {
    return a.date.value.startsWith(b.date.value) || b.date.value.startsWith(a.date.value);
  }
  return valueKey(a) === valueKey(b);
}

/** Values that can stand in for each other as options: same kind, and same unit for numbers. */
export function sameValueShape(a: ClaimValue, b: ClaimValue): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'number' || b.kind !== 'number' || a.unit === b.unit;
}

export type DescriptionClass = 'DEFINITE' | 'INDEFINITE' | 'FORMER';

/**
 * How a text value describes its subject: one office ("the President of France"), one of many
 * ("a professor at Keio University"), or what it was ("a former U.S. President"); null for a
 * statement ("that the office …") and for numbers and dates. Options of one class read as
 * rivals; a head of state offered as "a professor at …" does not.
 */
export function descriptionClass(value: ClaimValue): DescriptionClass | null {
  if (value.kind !== 'text') return null;
  const words = value.text.trim().toLowerCase().split(/\s+/);
  const [article, next] = words;
  if ((article === 'a' || article === 'an' || article === 'the') && next === 'former')
    return 'FORMER';
  if (article === 'a' || article === 'an') return 'INDEFINITE';
  if (article === 'the') return 'DEFINITE';
  return null;
}
