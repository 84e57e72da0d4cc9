import type { Auth } from './auth.ts';

/** The signed-in person making a request. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
}

/** The viewer behind a request's session cookie or bearer token; null when signed out. */
export async function viewerFrom(auth: Auth, headers: Headers): Promise<Viewer | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const { id, name, email } = session.user;
  return { id, name, email };
}
