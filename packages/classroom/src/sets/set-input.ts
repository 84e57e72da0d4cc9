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
  feedback: z.enum(['AFTER_EACH_QUESTION', 'AT_END', 'AFTER_CLOSE', 'NEVER']).optional(),
  identity: z.enum(['ANONYMOUS', 'NAME', 'SIGNED_IN', 'ROSTER']).optional(),
  /** The class list as pasted (see parseRoster). */
  roster: z.string().max(200_000, 'The class list is longer than 200,000 characters.').optional(),
  attemptsAllowed: z
    .number()
    .int('"attemptsAllowed" must be a whole number.')
    .min(1, '"attemptsAllowed" must be at least 1 (or null for any number).')
    .max(100, '"attemptsAllowed" is at most 100 (or null for any number).')
    .nullable()
    .optional(),
  timeLimitSeconds: z
    .number()
    .int('"timeLimitSeconds" must be a whole number.')
    .min(60, '"timeLimitSeconds" must be at least 60 (or null for no limit).')
    .max(7 * 24 * 3600, '"timeLimitSeconds" is at most a week (604800).')
    .nullable()
    .optional(),
  /** Credit typed names a letter or two off (see QuestionSet.acceptNearMisses). */
  acceptNearMisses: z.boolean().optional(),
  opensAt: z.date().nullable().optional(),
  closesAt: z.date().nullable().optional(),
});

export type SettingsInput = z.input<typeof settingsSchema>;
