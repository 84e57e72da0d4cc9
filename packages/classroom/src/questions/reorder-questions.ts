import { type Db, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { touchSet } from '../db.ts';
import { findOwnedSet } from '../sets/find-owned-set.ts';

/** Puts the set's questions in the order given, which must list each of them exactly once. */
export function reorderQuestions(
  prisma: Db,
  ownerId: string,
  setId: string,
  questionIds: readonly string[],
): Promise<void> {
  return withTransaction(prisma, async (tx) => {
    await findOwnedSet(tx, ownerId, setId);
    const questions = await tx.setQuestion.findMany({ where: { setId }, select: { id: true } });
    const ids = new Set(questions.map((q) => q.id));
    const given = new Set(questionIds);
    const problems: string[] = [];
    if (given.size !== questionIds.length) problems.push('a question is listed more than once');
    const foreign = questionIds.filter((id) => !ids.has(id)).length;
    if (foreign > 0) problems.push(`${foreign} of the IDs are not questions of this set`);
    const missing = questions.filter((q) => !given.has(q.id)).length;
    if (missing > 0) problems.push(`${missing} of the set's questions are missing`);
    if (problems.length > 0) {
      throw new AttestError(
        'BAD_USER_INPUT',
        `List each of the set's ${questions.length} questions exactly once: ${problems.join('; ')}.`,
      );
    }
    await Promise.all(
      questionIds.map((id, index) =>
        tx.setQuestion.update({ where: { id }, data: { position: index + 1 } }),
      ),
    );
    await touchSet(tx, setId);
  });
}
