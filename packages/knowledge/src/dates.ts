import type { DatePrecision, PartialDate } from './types.ts';

const patterns: [RegExp, DatePrecision][] = [
  [/^\d{4}$/, 'YEAR'],
  [/^\d{4}-(0[1-9]|1[0-2])$/, 'MONTH'],
  [/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'DAY'],
];

/** Reads "2023", "2024-07" or "2023-07-11"; null when it is none of those. */
export function parsePartialDate(value: string): PartialDate | null {
  for (const [pattern, precision] of patterns) {
    if (pattern.test(value) && !Number.isNaN(toDate({ value, precision }).getTime())) {
      return { value, precision };
    }
  }
  return null;
}

/** The first day of the period, at midnight UTC. */
export function toDate({ value, precision }: PartialDate): Date {
  const padded =
    precision === 'YEAR' ? `${value}-01-01` : precision === 'MONTH' ? `${value}-01` : value;
  return new Date(`${padded}T00:00:00Z`);
}

/** The inverse of toDate: a stored date and precision back to "2023" / "2024-07" / … */
export function fromDate(date: Date, precision: DatePrecision): PartialDate {
  const iso = date.toISOString();
  const length = precision === 'YEAR' ? 4 : precision === 'MONTH' ? 7 : 10;
  return { value: iso.slice(0, length), precision };
}

/**
 * Whether `a` is certainly over before `b` begins: compared at the coarser of their precisions,
 * so "2023" is not before "2023-05" (it may be later in 2023) but "2023-04" is.
 */
export function endsBefore(a: PartialDate, b: PartialDate): boolean {
  const length = Math.min(a.value.length, b.value.length);
  return a.value.slice(0, length) < b.value.slice(0, length);
}
