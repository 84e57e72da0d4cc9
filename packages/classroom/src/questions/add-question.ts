import type { SetQuestion } from '@attest/db';
import { type Db, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { touchSet } from '../db.ts';
import { findOwnedSet } from '../sets/find-owned-set.ts';
import { handWrittenRow } from './hand-written-row.ts';
import { assertRoom } from './limits.ts';
import { contentStableId, type QuestionInput } from './question-input.ts';
import type { RivalOptions } from './rivals.ts';

/**
 * Adds a hand-written question at the end of the set, with its claims' evidence snapshotted and,
 * given the knowledge base its names come from, the rival names a fill-in's slips are judged by.
 */
export async function addQuestion(
  prisma: Db,
  ownerId: string,
  setId: string,
  input: QuestionInput,
  options: RivalOptions = {},
): Promise<SetQuestion> {
  const { question, data } = await handWrittenRow(prisma, input, options);
  const stableId = contentStableId(question);
  return withTransaction(prisma, async (tx) => {
    await findOwnedSet(tx, ownerId, setId);
    const existing = await tx.setQuestion.findMany({
      where: { setId },
      select: { position: true, stableId: true },
    });
    const twin = existing.find((q) => q.stableId === stableId);
    if (twin) {
      throw new AttestError(
        'BAD_USER_INPUT',
        `The set already has this question (question ${twin.position}).`,
      );
    }
    assertRoom(existing.length, 1);
    const created = await tx.setQuestion.create({
      data: {
        setId,
        position: existing.reduce((max, q) => Math.max(max, q.position), 0) + 1,
        ...data,
        stableId,
      },
    });
    await touchSet(tx, setId);
    return created;
  });
}
