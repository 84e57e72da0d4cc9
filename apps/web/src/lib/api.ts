import { headers } from 'next/headers';
import { apiUrl } from './env.ts';
import { type GraphQLError, type Problem, problemFromErrors, unreachable } from './problems.ts';

export type Result<T> = { ok: true; data: T } | { ok: false; problem: Problem };

/**
 * Runs a GraphQL operation against the API from a server component, forwarding the visitor's
 * cookie so the API sees who is signed in. Failures come back as a Problem to show, not a throw.
 */
export async function query<T>(
  document: string,
  variables: Record<string, unknown> = {},
): Promise<Result<T>> {
  const cookie = (await headers()).get('cookie');
  let response: Response;
  try {
    response = await fetch(`${apiUrl()}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
      cache: 'no-store',
      signal: AbortSignal.timeout(20_000),
    });
  } catch {
    return { ok: false, problem: unreachable };
  }
  let body: { data?: T | null; errors?: GraphQLError[] };
  try {
    body = await response.json();
  } catch {
    return { ok: false, problem: unreachable };
  }
  if (body.errors?.length) return { ok: false, problem: problemFromErrors(body.errors) };
  if (!body.data) return { ok: false, problem: unreachable };
  return { ok: true, data: body.data };
}
