import type { Db } from '@attest/db';
import { type AttemptWithQuestions, findAttempt } from './find-attempt.ts';
import { finishAttempt, isExpired } from './finish-attempt.ts';

/**
 * The attempt behind a token as it stands at `now`: one past its deadline is closed first
 * (finished with what was answered), so nobody reads it as still running.
 */
export async function readAttempt(
  prisma: Db,
  token: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<AttemptWithQuestions> {
  const attempt = await findAttempt(prisma, token);
  if (attempt.status === 'FINISHED' || !isExpired(attempt, now)) return attempt;
  return finishAttempt(prisma, token, { now });
}
