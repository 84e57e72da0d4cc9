import { AUTH_BASE_PATH } from '@attest/auth';

/**
 * better-auth's `get-session` answers with the session's token in its body, and that token
 * works as a bearer token: any script that can read the answer could take over the session.
 * Browsers hold it in an httpOnly cookie and API clients got it in `set-auth-token` at sign-in,
 * so nobody needs it here; it is removed.
 */
export async function withoutSessionToken(
  pathname: string,
  response: Response,
  fetchAPI: { Response: typeof Response },
): Promise<Response> {
  if (pathname !== `${AUTH_BASE_PATH}/get-session` || !response.ok) return response;
  const body = (await response.json()) as { session?: { token?: unknown } } | null;
  if (body?.session) delete body.session.token;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new fetchAPI.Response(JSON.stringify(body), { status: response.status, headers });
}
