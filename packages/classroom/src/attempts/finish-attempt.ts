import { type Db, type Prisma, withTransaction } from '@attest/db';
import { type AttemptWithQuestions, findAttempt, lockAttempt } from './find-attempt.ts';
import { readVersioned } from './versioned-read.ts';

/** The attempt's deadline has passed at `now`. */
export const isExpired = (attempt: { deadline: Date | null }, now: Date): boolean =>
  attempt.deadline !== null && now >= attempt.deadline;

/**
 * Finishes a locked attempt, read after locking, inside a transaction: the score is the sum of
 * the credits (an unanswered question counts 0). Finished at `now`, or at its deadline when that
 * came first (an attempt that ran out of time finished then, whenever someone noticed). One
 * UPDATE: the result is the attempt as read with the new status, not read again.
 */
export async function closeLockedAttempt(
  tx: Prisma.TransactionClient,
  attempt: AttemptWithQuestions,
  now: Date,
): Promise<AttemptWithQuestions> {
  if (attempt.status === 'FINISHED') return attempt;
  const { score, finishedAt } = closing(attempt, now);
  await tx.attempt.updateMany({
    where: { id: attempt.id },
    data: { status: 'FINISHED', score, finishedAt },
  });
  return { ...attempt, status: 'FINISHED', score, finishedAt };
}

/** The score (the credits' sum) and finishing time of an attempt closed at `now`. */
function closing(attempt: AttemptWithQuestions, now: Date) {
  const score = attempt.questions.reduce((sum, q) => sum + (q.credit ?? 0), 0);
  const finishedAt = attempt.deadline && attempt.deadline < now ? attempt.deadline : now;
  return { score, finishedAt };
}

/**
 * Finishes an attempt; finishing again changes nothing, so a client may retry. Usually two
 * statements and no transaction: the attempt is read with its row version, and closed only if
 * that version is still the row's (any answer recorded since changes it); otherwise, as when
 * another request holds the attempt, it is locked, read again and closed in a transaction.
 */
export async function finishAttempt(
  prisma: Db,
  token: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<AttemptWithQuestions> {
  const { attempt, version } = await readVersioned(prisma, token);
  if (attempt.status === 'FINISHED') return attempt;
  const { score, finishedAt } = closing(attempt, now);
  const closed = await prisma.$executeRaw`
    UPDATE "Attempt" SET "status" = 'FINISHED', "score" = ${score},
      "finishedAt" = ${finishedAt.toISOString()}::timestamp(3)
    WHERE "id" = ${attempt.id} AND "status" = 'IN_PROGRESS' AND "xmin"::text = ${version}`;
  if (closed === 1) return { ...attempt, status: 'FINISHED', score, finishedAt };
  return withTransaction(
    prisma,
    async (tx) => {
      // The same lock as submitAnswers: no answer lands between the sum and the status change.
      await lockAttempt(tx, token);
      return closeLockedAttempt(tx, await findAttempt(tx, token), now);
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}
