import { AttestError } from '@attest/errors';
import { when } from './when.ts';

export interface SetWindow {
  opensAt: Date | null;
  closesAt: Date | null;
}

/** Refuses a start before the open date (SET_NOT_OPEN) or from the close date on (SET_CLOSED). */
export function checkOpen(set: SetWindow, now: Date): void {
  if (set.opensAt && now < set.opensAt)
    throw new AttestError(
      'SET_NOT_OPEN',
      `This set opens on ${when(set.opensAt)}: come back then.`,
      { opensAt: set.opensAt.toISOString() },
    );
  if (set.closesAt && now >= set.closesAt)
    throw new AttestError('SET_CLOSED', `This set closed on ${when(set.closesAt)}.`, {
      closesAt: set.closesAt.toISOString(),
    });
}

/** Open, not yet open, or closed at `now`: what the share page says. */
export const windowState = (set: SetWindow, now: Date): 'OPEN' | 'NOT_YET_OPEN' | 'CLOSED' =>
  set.opensAt && now < set.opensAt
    ? 'NOT_YET_OPEN'
    : set.closesAt && now >= set.closesAt
      ? 'CLOSED'
      : 'OPEN';

/**
 * When an attempt started at `startedAt` stops taking answers: the time limit or the close date,
 * whichever comes first (Moodle's rule); null when the set has neither.
 */
export function deadlineFor(
  set: SetWindow & { timeLimitSeconds: number | null },
  startedAt: Date,
): Date | null {
  const limit =
    set.timeLimitSeconds == null
      ? null
      : new Date(startedAt.getTime() + set.timeLimitSeconds * 1000);
  if (limit && set.closesAt) return new Date(Math.min(limit.getTime(), set.closesAt.getTime()));
  return limit ?? set.closesAt;
}
