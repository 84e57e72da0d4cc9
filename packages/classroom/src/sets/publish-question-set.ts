import { randomBytes } from 'node:crypto';
import type { QuestionSet } from '@attest/db';
import { type Db, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { findOwnedSetWithQuestions } from './find-owned-set.ts';
import { questionName, setProblems } from './set-problems.ts';

/** 12 random bytes: 16 base64url characters, 96 bits, not guessable nor enumerable. */
export const newShareSlug = (): string => randomBytes(12).toString('base64url');

/**
 * Publishes a set so anyone with its share link can take it. Refused with INVALID_QUESTION_SET
 * naming each bad question (position, prompt, problem) when the set cannot be taken as it is.
 * The share link is made the first time and kept, so links handed out before still work.
 */
export function publishQuestionSet(
  prisma: Db,
  ownerId: string,
  setId: string,
): Promise<QuestionSet> {
  return withTransaction(prisma, async (tx) => {
    const { set, questions } = await findOwnedSetWithQuestions(tx, ownerId, setId);
    const problems = setProblems(set, questions);
    if (problems.set.length > 0 || problems.questions.length > 0) {
      const lines = [
        ...problems.set,
        ...problems.questions.map((q) => `${questionName(q)}: ${q.problems.join('; ')}`),
      ];
      throw new AttestError(
        'INVALID_QUESTION_SET',
        `This set cannot be published: ${lines.join('. ')}.`,
        {
          setProblems: problems.set,
          questions: problems.questions,
        },
      );
    }
    return tx.questionSet.update({
      where: { id: setId },
      data: {
        publishedAt: set.publishedAt ?? new Date(),
        shareSlug: set.shareSlug ?? newShareSlug(),
      },
    });
  });
}
