import { expect } from 'vitest';
import { gqlAs, type TestApi } from './harness.ts';

/** One seed for every fuzz property: a failure reproduces exactly, run after run. */
export const FUZZ_SEED = 20_261_207;

// What must never reach a client: stack frames, source paths, SQL, database and ORM names and
// their error codes (22021: a NUL byte; 22P05: untranslatable text; P2xxx: Prisma's).
const LEAKS = [
  /\bat (async )?[\w$.<>]+ \(/,
  /\.[cm]?[jt]s:\d+/,
  /node_modules/,
  /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/,
  /prisma|postgres|pglite/i,
  /\b(22021|22P05|P20\d\d)\b/,
  /"stack"/,
];

export interface Answer {
  status: number;
  body: string;
}

export async function answer(response: Response): Promise<Answer> {
  return { status: response.status, body: await response.text() };
}

/**
 * The properties every answer to bad input keeps: no server error status, no masked internal
 * error (bad input gets an error that says what was wrong), nothing from inside.
 */
export function expectSafe({ status, body }: Answer, request: string) {
  const context = `${request}\n→ ${status} ${body.slice(0, 500)}`;
  expect(status, context).toBeLessThan(500);
  expect(body, context).not.toContain('Unexpected error.');
  expect(body, context).not.toContain('INTERNAL_SERVER_ERROR');
  for (const leak of LEAKS) expect(body, context).not.toMatch(leak);
  // Every GraphQL error carries a code a client can branch on.
  const errors = parsed(body)?.errors;
  if (Array.isArray(errors)) {
    for (const error of errors)
      expect(error?.extensions?.code, context).toEqual(expect.any(String));
  }
}

const parsed = (body: string): { errors?: { extensions?: { code?: unknown } }[] } | undefined => {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};

/** After the storm, an ordinary query still gets its answer. */
export async function expectStillServing(t: TestApi) {
  const response = await gqlAs(
    t,
    null,
    '{ claims(first: 1) { totalCount edges { node { statement } } } }',
  );
  expect(response.errors).toBeUndefined();
  expect(response.data).toMatchObject({ claims: { totalCount: expect.any(Number) } });
}
