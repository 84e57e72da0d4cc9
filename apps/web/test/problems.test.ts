import { describe, expect, it } from 'vitest';
import { problemFromErrors } from '../src/lib/problems.ts';

describe('problemFromErrors', () => {
  it('passes on when to retry for a rate limit or an outage, and names a conflict', () => {
    const limited = problemFromErrors([
      {
        message: 'Too many requests. Try again in 2 minutes.',
        extensions: { code: 'RATE_LIMITED' },
      },
    ]);
    expect(limited).toEqual({
      kind: 'busy',
      message: 'Too many requests. Try again in 2 minutes.',
    });
    expect(
      problemFromErrors([
        {
          message: 'The database is unavailable for the moment; retry in 5 seconds.',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ]).kind,
    ).toBe('busy');
    expect(
      problemFromErrors([
        { message: 'This collection already holds this text.', extensions: { code: 'CONFLICT' } },
      ]),
    ).toEqual({ kind: 'conflict', message: 'This collection already holds this text.' });
  });
});
