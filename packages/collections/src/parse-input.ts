import { AttestError } from '@attest/errors';
import type { z } from 'zod';

/** The input, checked: a clear BAD_USER_INPUT naming the first problem otherwise. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const field = issue?.path.length ? `"${issue.path.join('.')}": ` : '';
  throw new AttestError('BAD_USER_INPUT', `${field}${issue?.message ?? 'Invalid input.'}`);
}
