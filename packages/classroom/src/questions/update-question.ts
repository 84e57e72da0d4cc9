import type { SetQuestion } from '@attest/db';
import { type Db, withTransaction } from '@attest/db';
import { touchSet } from '../db.ts';
import { loadLinkedClaims } from './claim-links.ts';
import { findOwnedQuestion } from './find-owned-question.ts';
import { checkQuestionInput, type QuestionInput } from './question-input.ts';
import { type RivalOptions, rivalsOf } from './rivals.ts';

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
  const question = checkQuestionInput(input);
  const { links, evidence } = await loadLinkedClaims(prisma, question.claimIds);
  return withTransaction(prisma, async (tx) => {
    const stored = await findOwnedQuestion(tx, ownerId, questionId);
    await tx.setQuestionClaim.deleteMany({ where: { questionId } });
    const updated = await tx.setQuestion.update({
      where: { id: questionId },
      data: {
        type: question.type,
        prompt: question.prompt,
        options: question.options,
        acceptedAnswers: question.acceptedAnswers,
        rivalAnswers: rivalsOf(question, options),
        explanation: question.explanation,
        evidence,
        claims: { create: links },
      },
    });
    await touchSet(tx, stored.setId);
    return updated;
  });
}
