import { randomBytes } from 'node:crypto';
import type { TestApi } from './harness.ts';

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
