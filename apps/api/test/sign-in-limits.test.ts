import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultRateLimits } from '../src/index.ts';
import { openTestApi, type TestApi } from './harness.ts';
import { apiWithLimits, postFrom, strongPassword, untilRefused } from './limit-helpers.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);
const perAccount = defaultRateLimits.signInFailuresPerAccount;

describe.each(['pglite', 'postgres'] as const)('sign-in and sign-up limits on %s', (kind) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
  });
  afterAll(() => t.close());

  const signUp = (email: string, peer = '203.0.113.1') =>
    postFrom(t.api, peer, '/api/auth/sign-up/email', {
      name: 'Someone',
      email,
      password: strongPassword,
    });
  const signIn = (email: string, password: string, peer: string) =>
    postFrom(t.api, peer, '/api/auth/sign-in/email', { email, password });

  it('locks an account after repeated failures, from any address, and says when to retry', async () => {
    expect((await signUp('lena@example.org')).status).toBe(200);
    // Each guess from a new address: rotating addresses must not help.
    const guesses = await untilRefused(perAccount.points * 3, (i) =>
      signIn('Lena@Example.org', `wrong guess ${i}`, `198.51.100.${i + 1}`),
    );
    const refused = guesses.at(-1);
    expect(refused?.status).toBe(429);
    expect(guesses.slice(0, -1).every((g) => g.status === 401)).toBe(true);
    expect(guesses.length - 1).toBe(perAccount.points);
    expect(refused?.body.code).toBe('RATE_LIMITED');
    expect(refused?.body.message).toMatch(
      /locked.*Try again in \d+ (seconds|minutes) \(after \d\d:\d\d UTC\)/,
    );
    const retryAfter = Number(refused?.retryAfter);
    expect(retryAfter).toBeGreaterThan(60);
    expect(retryAfter).toBeLessThanOrEqual(perAccount.blockSeconds ?? 0);

    // Locked means locked: the right password is refused too, from a fresh address.
    expect((await signIn('lena@example.org', strongPassword, '192.0.2.200')).status).toBe(429);
    // Another account from the same addresses is not affected.
    expect((await signUp('omar@example.org')).status).toBe(200);
    expect((await signIn('omar@example.org', strongPassword, '198.51.100.1')).status).toBe(200);
  });

  it("clears an account's failures when its owner signs in", async () => {
    expect((await signUp('ines@example.org')).status).toBe(200);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < perAccount.points - 1; i++)
        expect((await signIn('ines@example.org', `nope ${i}`, '203.0.113.50')).status).toBe(401);
      expect((await signIn('ines@example.org', strongPassword, '203.0.113.50')).status).toBe(200);
    }
  });

  it('counts failures per address across accounts (password spraying)', async () => {
    const api = apiWithLimits(t, {
      signInFailuresPerClient: { points: 3, seconds: 900, blockSeconds: 900 },
    });
    const answers = await untilRefused(10, (i) =>
      postFrom(api, '203.0.113.77', '/api/auth/sign-in/email', {
        email: `nobody-${i}@example.org`,
        password: 'spray spray spray',
      }),
    );
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 429]);
    expect(answers.at(-1)?.body.message).toMatch(/from your network/);
    const elsewhere = await postFrom(api, '203.0.113.78', '/api/auth/sign-in/email', {
      email: 'nobody@example.org',
      password: 'spray spray spray',
    });
    expect(elsewhere.status).toBe(401);
  });

  it('limits sign-ups per address', async () => {
    const api = apiWithLimits(t, { signUpsPerClient: { points: 2, seconds: 3600 } });
    const signUpVia = (i: number, peer: string) =>
      postFrom(api, peer, '/api/auth/sign-up/email', {
        name: 'Bulk',
        email: `bulk-${peer}-${i}@example.org`,
        password: strongPassword,
      });
    const answers = await untilRefused(6, (i) => signUpVia(i, '203.0.113.90'));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(Number(answers.at(-1)?.retryAfter)).toBeGreaterThan(0);
    expect((await signUpVia(0, '203.0.113.91')).status).toBe(200);
  });
});
