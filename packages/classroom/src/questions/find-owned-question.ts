import type { Db, SetQuestion } from '@attest/db';
import { AttestError } from '@attest/errors';

/** The owner's question in a live set; anyone else's answers exactly like an unknown ID. */
export async function findOwnedQuestion(
  prisma: Db,
  ownerId: string,
  questionId: string,
): Promise<SetQuestion> {
  const question = await prisma.setQuestion.findFirst({
    where: { id: questionId, set: { ownerId, deletedAt: null } },
  });
  if (!question) throw new AttestError('NOT_FOUND', 'No question has this ID.');
  return question;
}
