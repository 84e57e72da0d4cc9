import { AttestError } from '@attest/errors';

/** Far more than a class quiz needs; keeps a set (and its exports) a sensible size. */
export const MAX_QUESTIONS_PER_SET = 200;

export function assertRoom(current: number, adding: number): void {
  if (current + adding > MAX_QUESTIONS_PER_SET) {
    throw new AttestError(
      'BAD_USER_INPUT',
      `A set holds at most ${MAX_QUESTIONS_PER_SET} questions; it has ${current} and ${adding} would be added.`,
    );
  }
}
