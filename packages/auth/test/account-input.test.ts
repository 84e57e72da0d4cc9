import type { Database } from '@attest/db';
import { openTestDatabase } from '@attest/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Auth, createAuth, MAX_NAME_LENGTH, passwordProblem } from '../src/index.ts';

const baseURL = 'http://localhost:4000';

describe('the password policy', () => {
  it.each(['12345678', 'password', '        ', 'qwertyuiop', 'P@ssw0rd2024!'])(
    'refuses %j, saying why and what to do instead',
    (password) => {
      const problem = passwordProblem(password);
      expect(problem).toBeTruthy();
      expect(problem).toMatch(/passphrase|Choose/);
    },
  );

  it('refuses a password made of the person’s own email address', () => {
    expect(passwordProblem('grace@example.org', ['Grace', 'grace@example.org'])).toBeTruthy();
  });

  it.each(['correct horse battery staple', 'zx81-Paris-lamp'])('accepts %j', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });
});

describe('account input through better-auth', () => {
  let db: Database;
  let auth: Auth;
  const signUp = (body: Record<string, unknown>) =>
    auth.handler(
      new Request(`${baseURL}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: baseURL },
        body: JSON.stringify({ email: 'lin@example.org', name: 'Lin', ...body }),
      }),
    );
  const refusal = async (response: Response) => ({
    status: response.status,
    ...((await response.json()) as { code: string; message: string }),
  });

  beforeAll(async () => {
    db = await openTestDatabase('pglite', inject('postgresUrl'));
    auth = createAuth({ prisma: db.prisma, secret: 'x'.repeat(32), baseURL, production: false });
  });
  afterAll(() => db.close());

  it('refuses a weak password at sign-up with a 400 that says why, and creates no account', async () => {
    for (const password of ['12345678', 'password', '        ']) {
      const r = await refusal(await signUp({ password }));
      expect(r).toMatchObject({ status: 400, code: 'WEAK_PASSWORD' });
      expect(r.message).not.toMatch(/at |Error/);
    }
    expect(await db.prisma.user.count({ where: { email: 'lin@example.org' } })).toBe(0);
  });

  it('refuses a blank or over-long name, and an over-long email, naming the limit', async () => {
    const password = 'correct horse battery staple';
    expect(await refusal(await signUp({ password, name: '   ' }))).toMatchObject({
      status: 400,
      code: 'INVALID_NAME',
    });
    const long = await refusal(await signUp({ password, name: 'n'.repeat(50_000) }));
    expect(long).toMatchObject({ status: 400, code: 'NAME_TOO_LONG' });
    expect(long.message).toContain(String(MAX_NAME_LENGTH));
    const email = `${'e'.repeat(250)}@example.org`;
    expect(await refusal(await signUp({ password, email }))).toMatchObject({
      status: 400,
      code: 'EMAIL_TOO_LONG',
    });
    expect(await db.prisma.user.count()).toBe(0);
  });

  it('accepts a name at the limit and a strong password', async () => {
    const response = await signUp({
      name: 'n'.repeat(MAX_NAME_LENGTH),
      password: 'correct horse battery staple',
    });
    expect(response.status).toBe(200);
  });
});
