import type { ClaimValue } from '@attest/knowledge';
import type { QuizIndex } from './kb-index.ts';

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const years = new Map<string, readonly string[]>();

/** Years a name carries ("the 2023 NATO summit in Vilnius" → 2023), remembered per name. */
export function yearsInName(name: string): readonly string[] {
  let found = years.get(name);
  if (!found) {
    found = [...new Set(name.match(YEAR) ?? [])];
    years.set(name, found);
  }
  return found;
}

/**
 * Whether a date could belong to something whose name carries a year: "the 2023 NATO summit in
 * Vilnius was scheduled for July 2024" is false by its own words, so it tests reading, not
 * knowing; a name without a year, or a value that is not a date, fits any.
 */
export function dateFitsName(value: ClaimValue, name: string): boolean {
  if (value.kind !== 'date') return true;
  const named = yearsInName(name);
  return named.length === 0 || named.includes(value.date.value.slice(0, 4));
}

/** dateFitsName for an actor of the base, by id. */
export const dateFitsActor = (index: QuizIndex, value: ClaimValue, actorId: string): boolean =>
  dateFitsName(value, index.actors.get(actorId)?.name ?? '');
