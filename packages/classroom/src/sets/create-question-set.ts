import type { Db, QuestionSet } from '@attest/db';
import { z } from 'zod';
import { parseInput } from '../validate.ts';
import { descriptionSchema, titleSchema } from './set-input.ts';

const createSchema = z.object({ title: titleSchema, description: descriptionSchema.optional() });

export function createQuestionSet(
  prisma: Db,
  ownerId: string,
  input: z.input<typeof createSchema>,
): Promise<QuestionSet> {
  const { title, description } = parseInput(createSchema, input);
  return prisma.questionSet.create({ data: { ownerId, title, description: description ?? '' } });
}
