import { AUTH_BASE_PATH } from '@attest/auth';
import type { Limiter } from './limiter.ts';
import { tooManyResponse } from './too-many.ts';

export interface AuthLimiters {
  signInFailuresPerAccount: Limiter;
  signInFailuresPerClient: Limiter;
  signUpsPerClient: Limiter;
}

/** Runs one auth request (`handle`) under the limits, or answers 429 instead. */
export type AuthGuard = (
  request: Request,
  client: string,
  handle: () => Promise<Response>,
) => Promise<Response>;

/** The account a sign-in names, as better-auth will look it up; null when there is none. */
async function emailOf(request: Request): Promise<string | null> {
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    return typeof body.email === 'string' ? body.email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Sign-in counts failures (better-auth's 401) per account and per client; a good sign-in clears
 * the account's count and costs the client nothing. Each attempt takes its point before it runs,
 * so a burst of parallel guesses cannot slip past the count. Past the limit the key is locked
 * for the window's block time; an account is locked whichever client knocks, which is the point
 * (rotating addresses gains nothing), at the price that anyone can lock an account for 15
 * minutes. Sign-up counts every attempt per client.
 */
export function authGuard(limits: AuthLimiters): AuthGuard {
  return async (request, client, handle) => {
    const path = new URL(request.url).pathname.slice(AUTH_BASE_PATH.length);
    if (request.method !== 'POST') return handle();

    if (path === '/sign-up/email') {
      const refused = await limits.signUpsPerClient.consume(client);
      if (refused) return tooManyResponse(refused, 'Too many sign-ups from your network.');
      return handle();
    }
    if (path !== '/sign-in/email') return handle();

    const email = await emailOf(request);
    const byClient = await limits.signInFailuresPerClient.consume(client);
    if (byClient) return tooManyResponse(byClient, 'Too many failed sign-ins from your network.');
    const byAccount = email ? await limits.signInFailuresPerAccount.consume(email) : null;
    if (byAccount)
      return tooManyResponse(
        byAccount,
        'This account is locked for a while after too many failed sign-ins.',
      );

    const response = await handle();
    if (response.status === 401) return response;
    // Not a wrong password (signed in, or refused for another reason): not a failure.
    await limits.signInFailuresPerClient.reward(client);
    if (email && response.ok) await limits.signInFailuresPerAccount.reset(email);
    else if (email) await limits.signInFailuresPerAccount.reward(email);
    return response;
  };
}
