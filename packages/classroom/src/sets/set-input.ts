import { z } from 'zod';

/** The longest title a set may have (a copy's title is cut to fit its suffix). */
export const TITLE_MAX = 200;

export const titleSchema = z
  .string()
  .trim()
  .min(1, 'The title is empty: give the set a title.')
  .max(TITLE_MAX, `The title is longer than ${TITLE_MAX} characters.`);

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
  askName: z.boolean().optional(),
});

export type SettingsInput = z.input<typeof settingsSchema>;
