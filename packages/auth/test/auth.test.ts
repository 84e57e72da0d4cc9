import type { Database } from '@attest/db';
import { openTestDatabase } from '@attest/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Auth, createAuth, viewerFrom } from '../src/index.ts';

const baseURL = 'http://localhost:4000';

describe.each(['pglite', 'postgres'] as const)('accounts on %s', (kind) => {
  let db: Database;
  let auth: Auth;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    auth.handler(
      new Request(`${baseURL}/api/auth${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: baseURL, ...headers },
        body: JSON.stringify(body),
      }),
    );

  beforeAll(async () => {
    db = await openTestDatabase(kind, inject('postgresUrl'));
    auth = createAuth({ prisma: db.prisma, secret: 'x'.repeat(32), baseURL, production: false });
  });
  afterAll(() => db.close());

  it('signs up with an httpOnly session cookie, stores a hashed password, and knows the viewer', async () => {
    const response = await post('/sign-up/email', {
      name: 'Ada',
      email: 'Ada@Example.org',
      password: 'correct horse battery',
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/session_token=/);
    expect(cookie.toLowerCase()).toContain('httponly');

    const account = await db.prisma.account.findFirstOrThrow({
      where: { providerId: 'credential' },
    });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain('correct horse battery');

    const sessionCookie = cookie.split(';')[0] ?? '';
    const viewer = await viewerFrom(auth, new Headers({ cookie: sessionCookie }));
    expect(viewer).toMatchObject({ name: 'Ada', email: 'ada@example.org' });
  });

  it('signs in with a bearer token for API users, and refuses a wrong password', async () => {
    const wrong = await post('/sign-in/email', {
      email: 'ada@example.org',
      password: 'nope-nope-nope',
    });
    expect(wrong.status).toBe(401);

    const right = await post('/sign-in/email', {
      email: 'ada@example.org',
      password: 'correct horse battery',
    });
    expect(right.status).toBe(200);
    const token = right.headers.get('set-auth-token');
    expect(token).toBeTruthy();
    const viewer = await viewerFrom(auth, new Headers({ authorization: `Bearer ${token}` }));
    expect(viewer?.email).toBe('ada@example.org');

    expect(await viewerFrom(auth, new Headers({ authorization: 'Bearer forged' }))).toBeNull();
  });

  it('refuses a short password and a taken email with a message, and signs out', async () => {
    const short = await post('/sign-up/email', {
      name: 'Bo',
      email: 'bo@example.org',
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(((await short.json()) as { message: string }).message).toMatch(/password/i);

    const taken = await post('/sign-up/email', {
      name: 'Ada again',
      email: 'ada@example.org',
      password: 'another long one',
    });
    expect(taken.status).toBeGreaterThanOrEqual(400);
    expect(await db.prisma.user.count()).toBe(1);

    const signIn = await post('/sign-in/email', {
      email: 'ada@example.org',
      password: 'correct horse battery',
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const out = await post('/sign-out', {}, { cookie });
    expect(out.status).toBe(200);
    expect(await viewerFrom(auth, new Headers({ cookie }))).toBeNull();
  });
});

describe('viewerFrom without credentials', () => {
  it('answers null without asking the database', async () => {
    const failing = {
      api: {
        getSession: () => {
          throw new Error('looked up a session');
        },
      },
    } as unknown as Parameters<typeof viewerFrom>[0];
    expect(await viewerFrom(failing, new Headers({ cookie: 'theme=dark' }))).toBeNull();
    await expect(
      viewerFrom(failing, new Headers({ cookie: 'theme=dark; better-auth.session_token=x' })),
    ).rejects.toThrow('looked up a session');
    await expect(viewerFrom(failing, new Headers({ authorization: 'Bearer x' }))).rejects.toThrow(
      'looked up a session',
    );
  });
});
