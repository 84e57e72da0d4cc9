import type { Db, QuestionSet } from '@attest/db';
import { AttestError } from '@attest/errors';

// The message names no ID: callers speak in global IDs, this layer only sees database ones.
export const setNotFound = () => new AttestError('NOT_FOUND', 'No question set has this ID.');

/**
 * The owner's live set. Someone else's set and a deleted one answer exactly like an unknown ID,
 * so the API never confirms that a set exists to anyone but its owner.
 */
export async function findOwnedSet(
  prisma: Db,
  ownerId: string,
  setId: string,
): Promise<QuestionSet> {
  const set = await prisma.questionSet.findFirst({
    where: { id: setId, ownerId, deletedAt: null },
  });
  if (!set) throw setNotFound();
  return set;
}

/** The owner's live set and its questions in order, each with its claim links. */
export async function findOwnedSetWithQuestions(prisma: Db, ownerId: string, setId: string) {
  const set = await findOwnedSet(prisma, ownerId, setId);
  const questions = await prisma.setQuestion.findMany({
    where: { setId },
    orderBy: { position: 'asc' },
    include: { claims: { select: { claimId: true, fingerprint: true } } },
  });
  return { set, questions };
}
