import type { QuestionSet } from '@attest/db';
import { z } from 'zod';
import { type Db, withTransaction } from '../db.ts';
import { ClassroomError } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { findOwnedSet } from './find-owned-set.ts';
import { descriptionSchema, settingsSchema, titleSchema } from './set-input.ts';

const updateSchema = z.object({
  title: titleSchema.optional(),
  description: descriptionSchema.optional(),
  settings: settingsSchema.optional(),
});

export type UpdateQuestionSetInput = z.input<typeof updateSchema>;

/**
 * Renames, describes or changes the settings of a set; fields left out stay. A published set's
 * draw count must fit its questions now; an unpublished one's is checked at publishing.
 */
export function updateQuestionSet(
  prisma: Db,
  ownerId: string,
  setId: string,
  input: UpdateQuestionSetInput,
): Promise<QuestionSet> {
  const { title, description, settings } = parseInput(updateSchema, input);
  return withTransaction(prisma, async (tx) => {
    const set = await findOwnedSet(tx, ownerId, setId);
    const drawCount = settings?.drawCount;
    if (set.publishedAt && typeof drawCount === 'number') {
      const count = await tx.setQuestion.count({ where: { setId } });
      if (drawCount > count) {
        throw new ClassroomError(
          'BAD_USER_INPUT',
          `"drawCount" is ${drawCount} but the set has ${count} questions.`,
        );
      }
    }
    return tx.questionSet.update({
      where: { id: setId },
      data: {
        title,
        description,
        shuffleQuestions: settings?.shuffleQuestions,
        shuffleOptions: settings?.shuffleOptions,
        drawCount,
        feedback: settings?.feedback,
        askName: settings?.askName,
      },
    });
  });
}
