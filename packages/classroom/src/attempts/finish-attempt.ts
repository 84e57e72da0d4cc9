import type { PrismaClient } from '@attest/db';
import { type AttemptWithQuestions, attemptInclude, findAttempt } from './find-attempt.ts';

/**
 * Finishes an attempt: the score is the sum of the credits (an unanswered question counts 0).
 * Finishing again changes nothing, so a client may retry.
 */
export async function finishAttempt(
  prisma: PrismaClient,
  token: string,
): Promise<AttemptWithQuestions> {
  const { id } = await findAttempt(prisma, token);
  return prisma.$transaction(
    async (tx) => {
      // The same lock as submitAnswers: no answer lands between the sum and the status change.
      await tx.$queryRaw`SELECT 1 FROM "Attempt" WHERE "id" = ${id} FOR UPDATE`;
      const attempt = await tx.attempt.findUniqueOrThrow({
        where: { id },
        include: attemptInclude,
      });
      if (attempt.status === 'FINISHED') return attempt;
      const score = attempt.questions.reduce((sum, q) => sum + (q.credit ?? 0), 0);
      return tx.attempt.update({
        where: { id },
        data: { status: 'FINISHED', score, finishedAt: new Date() },
        include: attemptInclude,
      });
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}
