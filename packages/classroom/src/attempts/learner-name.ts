import { AttestError } from '@attest/errors';
import { z } from 'zod';
import { parseInput } from '../validate.ts';

export const LEARNER_NAME_MAX = 100;

const nameSchema = z
  .string()
  .trim()
  .min(1, 'The name is empty: type the name your teacher knows you by.')
  .max(LEARNER_NAME_MAX, `The name is longer than ${LEARNER_NAME_MAX} characters.`)
  // Control characters would break the gradebook's rows and hide what a name says.
  .refine(
    (name) => !/\p{Cc}/u.test(name),
    'The name has control characters (a tab or line break).',
  );

/**
 * The name an attempt is recorded under: required when the set asks for one, and only kept then
 * (a name the set did not ask for is not shared with its owner).
 */
export function learnerNameFor(askName: boolean, name: string | null | undefined): string | null {
  if (!askName) return null;
  if (name == null)
    throw new AttestError(
      'BAD_USER_INPUT',
      'This set asks for your name before you start: give "name".',
    );
  return parseInput(nameSchema, name);
}
