import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { openTestApi, type TestApi } from './harness.ts';

const WEB = 'https://quiz.example.org';
const EVIL = 'http://evil.example';

describe('CORS and the session token', () => {
  let t: TestApi;
  let cookie: string;
  beforeAll(async () => {
    t = await openTestApi(
      'pglite',
      inject('postgresUrl'),
      loadKnowledgeBase(miniKnowledgeBaseDir),
      {
        webOrigins: [WEB, 'http://localhost:3000'],
      },
    );
    ({ cookie } = await signUp(t, 'owner'));
  });
  afterAll(() => t.close());

  const preflight = (path: string, origin: string) =>
    t.api.fetch(`http://attest${path}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });
  const corsHeaders = (response: Response) =>
    [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

  it.each(['/graphql', '/api/auth/get-session', '/export/x/gift'])(
    'tells an unlisted origin nothing on %s',
    async (path) => {
      expect(corsHeaders(await preflight(path, EVIL))).toEqual([]);
      expect(corsHeaders(await preflight(path, 'null'))).toEqual([]);
      const get = await t.api.fetch(`http://attest${path}`, { headers: { origin: EVIL, cookie } });
      expect(corsHeaders(get)).toEqual([]);
    },
  );

  it('lets a listed origin call with credentials', async () => {
    const response = await preflight('/graphql', WEB);
    expect(response.headers.get('access-control-allow-origin')).toBe(WEB);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    const post = await t.api.fetch('http://attest/graphql', {
      method: 'POST',
      headers: { origin: WEB, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { name } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBe(WEB);
    expect(await post.json()).toEqual({ data: { viewer: { name: 'owner' } } });
  });

  it('never puts the session token in a response body', async () => {
    const response = await t.api.fetch('http://attest/api/auth/get-session', {
      headers: { cookie },
    });
    const body = (await response.json()) as { session: Record<string, unknown>; user: object };
    expect(body.user).toMatchObject({ name: 'owner' });
    expect(body.session).not.toHaveProperty('token');
    expect(JSON.stringify(body)).not.toContain(
      decodeURIComponent(cookie.split('=')[1] ?? '').split('.')[0],
    );
  });
});
