import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { authSecret } from '../src/auth-secret.ts';
import { openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

describe.each(['pglite', 'postgres'] as const)('accounts through the API on %s', (kind) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
  });
  afterAll(() => t.close());

  const auth = (path: string, body: unknown) =>
    t.api.fetch(`http://attest/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://attest' },
      body: JSON.stringify(body),
    });
  const viewer = async (headers: Record<string, string>) => {
    const response = await t.api.fetch('http://attest/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ viewer { name email } }' }),
    });
    return ((await response.json()) as { data: { viewer: unknown } }).data.viewer;
  };

  it('serves sign-up and sign-in, and the session cookie or bearer token names the viewer', async () => {
    expect(await viewer({})).toBeNull();
    const signUp = await auth('/sign-up/email', {
      name: 'Grace',
      email: 'grace@example.org',
      password: 'a long enough password',
    });
    expect(signUp.status).toBe(200);
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(await viewer({ cookie })).toEqual({ name: 'Grace', email: 'grace@example.org' });

    const signIn = await auth('/sign-in/email', {
      email: 'grace@example.org',
      password: 'a long enough password',
    });
    const token = signIn.headers.get('set-auth-token');
    expect(await viewer({ authorization: `Bearer ${token}` })).toEqual({
      name: 'Grace',
      email: 'grace@example.org',
    });
  });

  it('refuses guessable passwords and over-long names at sign-up, saying why, with no account made', async () => {
    for (const password of ['12345678', 'password', '        ']) {
      const r = await auth('/sign-up/email', { name: 'Pat', email: 'pat@example.org', password });
      expect(r.status).toBe(400);
      const body = (await r.json()) as { code: string; message: string };
      expect(body.code).toBe('WEAK_PASSWORD');
      expect(body.message).toMatch(/guess|spaces/);
      expect(body.message).not.toMatch(/\bat .*\.ts|Error:/);
    }
    const long = await auth('/sign-up/email', {
      name: 'N'.repeat(50_000),
      email: 'pat@example.org',
      password: 'a long enough password',
    });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { message: string }).message).toMatch(/name.*limit is 100/);
    expect(await t.db.prisma.user.count({ where: { email: 'pat@example.org' } })).toBe(0);
  });

  it('still says when an email is taken (sign-up signs in; the limits bound enumeration)', async () => {
    const taken = await auth('/sign-up/email', {
      name: 'Grace again',
      email: 'grace@example.org',
      password: 'a long enough password',
    });
    expect(taken.status).toBe(422);
  });

  it('refuses a cookie-carrying request from an origin it does not trust', async () => {
    const signIn = await auth('/sign-in/email', {
      email: 'grace@example.org',
      password: 'a long enough password',
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const response = await t.api.fetch('http://attest/api/auth/sign-out', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example', cookie },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(await viewer({ cookie })).toEqual({ name: 'Grace', email: 'grace@example.org' });
  });
});

describe('the development auth secret', () => {
  it('is made once, kept private, and reused; an explicit secret wins', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'attest-secret-')), 'nested', 'auth-secret');
    const first = authSecret({}, file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(authSecret({}, file)).toBe(first);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(authSecret({ ATTEST_AUTH_SECRET: 'e'.repeat(40) }, file)).toBe('e'.repeat(40));
  });
});
