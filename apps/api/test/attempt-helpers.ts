import { randomBytes } from 'node:crypto';
import type { GraphQLResponse, TestApi } from './harness.ts';

/** Signs a new person up; their cookie, and their user ID. */
export async function signUp(t: TestApi, name: string) {
  const response = await t.api.fetch('http://attest/api/auth/sign-up/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://attest' },
    body: JSON.stringify({
      name,
      email: `${name}-${randomBytes(4).toString('hex')}@example.org`,
      password: 'a long enough password',
    }),
  });
  const body = (await response.json()) as { user: { id: string } };
  return {
    cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    id: body.user.id,
  };
}

/** A GraphQL request, signed in when a cookie is given. */
export async function gqlAs<T = Record<string, unknown>>(
  t: TestApi,
  cookie: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await t.api.fetch('http://attest/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
