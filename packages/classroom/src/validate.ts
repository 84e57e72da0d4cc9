import { AttestError } from '@attest/errors';
import type { z } from 'zod';

/** Parses input with a zod schema, turning its issues into one BAD_USER_INPUT message. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => issue.message);
  throw new AttestError('BAD_USER_INPUT', [...new Set(messages)].join(' '));
}
