import { graphql, type ResultOf } from './graphql.ts';

/** An attempt on the owner's set, as the results page lists it. */
export const ListedAttemptFields = graphql(`
  fragment ListedAttemptFields on SetAttempt {
    id @_required learnerName status @_required score maxScore @_required startedAt @_required
    finishedAt
  }
`);

export type ListedAttempt = ResultOf<typeof ListedAttemptFields>;

export const sortKeys = ['name', 'started', 'finished', 'time', 'score', 'percent'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortOrder = 'ascending' | 'descending';

/** Milliseconds from start to finish; null while unfinished. */
export const timeTaken = (a: ListedAttempt): number | null =>
  a.finishedAt ? Date.parse(a.finishedAt) - Date.parse(a.startedAt) : null;

const share = (a: ListedAttempt) => (a.score == null || !a.maxScore ? null : a.score / a.maxScore);

const value = (a: ListedAttempt, key: SortKey): string | number | null => {
  switch (key) {
    case 'name':
      return a.learnerName?.toLocaleLowerCase() ?? null;
    case 'started':
      return Date.parse(a.startedAt);
    case 'finished':
      return a.finishedAt ? Date.parse(a.finishedAt) : null;
    case 'time':
      return timeTaken(a);
    case 'score':
      return a.score;
    case 'percent':
      return share(a);
  }
};

/**
 * The attempts sorted by one column. Attempts without a value there (no name, unfinished) go
 * last whichever the order, so the top of the list is always something to read.
 */
export function sortAttempts(
  attempts: readonly ListedAttempt[],
  key: SortKey,
  order: SortOrder,
): ListedAttempt[] {
  const sign = order === 'ascending' ? 1 : -1;
  return [...attempts].sort((x, y) => {
    const a = value(x, key);
    const b = value(y, key);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    if (typeof a === 'string' && typeof b === 'string') return sign * a.localeCompare(b);
    return sign * ((a as number) - (b as number));
  });
}

/** "4 min 05 s", "1 h 02 min", "35 s": a duration as a teacher reads it. */
export function duration(ms: number | null): string {
  if (ms == null) return '–';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** A date and time in the server's locale form, to the minute (UTC: the same for everyone). */
export const when = (iso: string | null): string =>
  iso
    ? new Date(iso).toLocaleString('en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'UTC',
      }) + ' UTC'
    : '–';
