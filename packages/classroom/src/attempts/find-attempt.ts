import type { Db, Prisma } from '@attest/db';
import { AttestError } from '@attest/errors';

export const attemptInclude = {
  questions: { orderBy: { position: 'asc' } },
  set: {
    select: {
      title: true,
      description: true,
      shareSlug: true,
      drawCount: true,
      feedback: true,
      identity: true,
      attemptsAllowed: true,
      timeLimitSeconds: true,
      opensAt: true,
      closesAt: true,
    },
  },
} satisfies Prisma.AttemptInclude;

export type AttemptWithQuestions = Prisma.AttemptGetPayload<{ include: typeof attemptInclude }>;

export const attemptNotFound = () =>
  new AttestError('NOT_FOUND', 'No attempt has this token: start the set again from its link.');

/** The attempt behind a token, questions in the learner's order; it outlives its set's edits. */
export async function findAttempt(prisma: Db, token: string): Promise<AttemptWithQuestions> {
  if (token.length === 0 || token.length > 100) throw attemptNotFound();
  const attempt = await prisma.attempt.findUnique({ where: { token }, include: attemptInclude });
  if (!attempt) throw attemptNotFound();
  return attempt;
}

/**
 * Locks the attempt behind a token for the rest of the transaction (NOT_FOUND when none has
 * it): submitAnswers, finishAttempt and the deadline's close are applied one after the other.
 * Read the attempt after this, in a statement of its own: one waiting for the lock reads what
 * the holder committed only with a snapshot taken after the wait.
 */
export async function lockAttempt(tx: Prisma.TransactionClient, token: string): Promise<void> {
  if (token.length === 0 || token.length > 100) throw attemptNotFound();
  const locked = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "Attempt" WHERE "token" = ${token} FOR UPDATE`;
  if (locked.length === 0) throw attemptNotFound();
}
