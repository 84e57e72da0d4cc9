import type { Db } from '@attest/db';
import { type AttemptWithQuestions, attemptInclude } from './find-attempt.ts';

/** A signed-in learner's attempts, newest first. */
export const listMyAttempts = (prisma: Db, userId: string): Promise<AttemptWithQuestions[]> =>
  prisma.attempt.findMany({
    where: { userId },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    include: attemptInclude,
  });
