import { type Db, withTransaction } from '@attest/db';
import { touchSet } from '../db.ts';
import { findOwnedQuestion } from './find-owned-question.ts';

/** Removes a question and closes the gap; returns its set's ID. Attempts keep their copy. */
export function removeQuestion(prisma: Db, ownerId: string, questionId: string): Promise<string> {
  return withTransaction(prisma, async (tx) => {
    const question = await findOwnedQuestion(tx, ownerId, questionId);
    await tx.setQuestion.delete({ where: { id: questionId } });
    await tx.setQuestion.updateMany({
      where: { setId: question.setId, position: { gt: question.position } },
      data: { position: { decrement: 1 } },
    });
    await touchSet(tx, question.setId);
    return question.setId;
  });
}
