import { z } from 'zod';

export const titleSchema = z
  .string()
  .trim()
  .min(1, 'The title is empty: give the set a title.')
  .max(200, 'The title is longer than 200 characters.');

export const descriptionSchema = z
  .string()
  .trim()
  .max(2000, 'The description is longer than 2000 characters.');

export const settingsSchema = z.object({
  shuffleQuestions: z.boolean().optional(),
  shuffleOptions: z.boolean().optional(),
  drawCount: z
    .number()
    .int('"drawCount" must be a whole number.')
    .min(1, '"drawCount" must be at least 1 (or null to ask every question).')
    .nullable()
    .optional(),
  feedback: z.enum(['AFTER_EACH_QUESTION', 'AT_END']).optional(),
});

export type SettingsInput = z.input<typeof settingsSchema>;
