import type { SetQuestion } from '@attest/db';
import { type Db, withTransaction } from '@attest/db';
import { touchSet } from '../db.ts';
import { findOwnedQuestion } from './find-owned-question.ts';
import { handWrittenRow } from './hand-written-row.ts';
import type { QuestionInput } from './question-input.ts';
import type { RivalOptions } from './rivals.ts';

/**
 * Replaces a question's content and claim links; its stable ID stays, so exports taken before
 * still update it when imported again. Attempts already made keep their own copy. The rival
 * names are made again from the knowledge base given (none without one).
 */
export async function updateQuestion(
  prisma: Db,
  ownerId: string,
  questionId: string,
  input: QuestionInput,
  options: RivalOptions = {},
): Promise<SetQuestion> {
  const { data } = await handWrittenRow(prisma, input, options);
  return withTransaction(prisma, async (tx) => {
    const stored = await findOwnedQuestion(tx, ownerId, questionId);
    await tx.setQuestionClaim.deleteMany({ where: { questionId } });
    const updated = await tx.setQuestion.update({
      where: { id: questionId },
      data,
    });
    await touchSet(tx, stored.setId);
    return updated;
  });
}
