import type { ClaimValue, PartialDate } from '@attest/knowledge';
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
export const dateFitsName = (value: ClaimValue, name: string): boolean =>
  value.kind !== 'date' || timeFitsName(value.date, name);

function timeFitsName(date: PartialDate, name: string): boolean {
  const named = yearsInName(name);
  return named.length === 0 || named.includes(date.value.slice(0, 4));
}

/** dateFitsName for an actor of the base, by id. */
export const dateFitsActor = (index: QuizIndex, value: ClaimValue, actorId: string): boolean =>
  dateFitsName(value, index.actors.get(actorId)?.name ?? '');

/** The same for a fact's date ("In 2011, …" does not fit "the 2022 summit"). */
export const timeFitsActor = (index: QuizIndex, date: PartialDate, actorId: string): boolean =>
  timeFitsName(date, index.actors.get(actorId)?.name ?? '');
