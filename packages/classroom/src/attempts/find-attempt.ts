import type { Prisma } from '@attest/db';
import type { Db } from '../db.ts';
import { ClassroomError } from '../errors.ts';

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
  new ClassroomError('NOT_FOUND', 'No attempt has this token: start the set again from its link.');

/** The attempt behind a token, questions in the learner's order; it outlives its set's edits. */
export async function findAttempt(prisma: Db, token: string): Promise<AttemptWithQuestions> {
  if (token.length === 0 || token.length > 100) throw attemptNotFound();
  const attempt = await prisma.attempt.findUnique({ where: { token }, include: attemptInclude });
  if (!attempt) throw attemptNotFound();
  return attempt;
}

/** A signed-in learner's attempts, newest first. */
export const listMyAttempts = (prisma: Db, userId: string): Promise<AttemptWithQuestions[]> =>
  prisma.attempt.findMany({
    where: { userId },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    include: attemptInclude,
  });
