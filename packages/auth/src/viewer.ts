import type { Auth } from './auth.ts';

/** The signed-in person making a request. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
}

/** better-auth's session cookie ("__Secure-" prefixed over HTTPS). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;

/** The viewer behind a request's session cookie or bearer token; null when signed out. */
export async function viewerFrom(auth: Auth, headers: Headers): Promise<Viewer | null> {
  // Most readers are anonymous: without credentials there is no session to look up.
  if (!headers.has('authorization') && !SESSION_COOKIE.test(headers.get('cookie') ?? '')) {
    return null;
  }
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const { id, name, email } = session.user;
  return { id, name, email };
}
