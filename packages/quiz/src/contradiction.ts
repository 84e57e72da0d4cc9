import type { Claim, ClaimValue, PartialDate } from '@attest/knowledge';
import type { QuizIndex } from './kb-index.ts';
import { valueKey } from './values.ts';

/**
 * Whether the two claims of a recorded dispute really contradict, so that a quiz may ask which
 * side a source takes: they give one subject, under one predicate, a different object, value,
 * date or figure; or they put one subject on opposite predicates of one object (backed against
 * opposed). "Planned to open" against "first floated the idea", or "a threat" against "a systemic
 * challenge" under another predicate, can both be right: asking which one a source holds would
 * mark a true answer wrong. Claims told of different times may both hold (a state that changed).
 */
export function contradicts(index: QuizIndex, a: Claim, b: Claim): boolean {
  if (a.subjectId !== b.subjectId || !sameTime(a, b)) return false;
  if (a.predicateId === b.predicateId) {
    const first = answerKey(a);
    const second = answerKey(b);
    return first !== null && second !== null && first !== second;
  }
  const opposed =
    index.predicates.get(a.predicateId)?.opposite === b.predicateId ||
    index.predicates.get(b.predicateId)?.opposite === a.predicateId;
  return opposed && a.objectId !== null && a.objectId === b.objectId;
}

/** What the claim says of its subject: its object's id or its value's key. */
export const answerKey = (claim: Claim): string | null =>
  claim.objectId ?? (claim.value ? valueKey(claim.value) : null);

const timeOf = (claim: Claim): string | null =>
  (claim.qualifiers.time ?? claim.qualifiers.asOf)?.value ?? null;

function sameTime(a: Claim, b: Claim): boolean {
  const [x, y] = [timeOf(a), timeOf(b)];
  return x === null || y === null || x.startsWith(y) || y.startsWith(x);
}

/**
 * Wrong dates for a disputed date: the months (or years) next to each side's, at its precision,
 * that neither side gives. Invented, but only a step away from what the sources say: a learner
 * who read neither cannot tell them from the sides.
 */
export function neighbourDates(values: readonly ClaimValue[]): ClaimValue[] {
  const taken = new Set(values.map(valueKey));
  const out: ClaimValue[] = [];
  for (const step of [-1, 1, -2, 2]) {
    for (const value of values) {
      if (value.kind !== 'date') continue;
      const date = shifted(value.date, step);
      const candidate: ClaimValue = { kind: 'date', date };
      const key = valueKey(candidate);
      if (!taken.has(key)) {
        taken.add(key);
        out.push(candidate);
      }
    }
  }
  return out;
}

/** The month (for a day or month) or year `step` away; a day keeps no day, a month needs none. */
function shifted(date: PartialDate, step: number): PartialDate {
  const [year = 0, month = 1] = date.value.split('-').map(Number);
  if (date.precision === 'YEAR') return { value: String(year + step), precision: 'YEAR' };
  const index = year * 12 + (month - 1) + step;
  const value = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return { value, precision: 'MONTH' };
}
