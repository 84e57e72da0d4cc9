import { AUTH_BASE_PATH, type Auth } from '@attest/auth';
import type { Plugin } from 'graphql-yoga';
import type { AuthGuard } from './auth-limits.ts';
import type { ClientAddressOf, PeerContext } from './client-address.ts';
import { isDatabaseUnavailable, unavailableResponse } from './database-outage.ts';
import { withoutSessionToken } from './session-token.ts';

/**
 * Serves better-auth's endpoints (sign up, sign in, sign out, session) under /api/auth, through
 * the sign-in and sign-up limits when there are any.
 */
export function useAuthRoutes(
  auth: Auth,
  limits?: { guard: AuthGuard; clientOf: ClientAddressOf },
): Plugin {
  return {
    async onRequest({ request, url, endResponse, serverContext, fetchAPI }) {
      if (url.pathname !== AUTH_BASE_PATH && !url.pathname.startsWith(`${AUTH_BASE_PATH}/`)) return;
      const handle = () => auth.handler(request);
      let response: Response;
      try {
        if (!limits) response = await handle();
        else {
          const client = limits.clientOf(request, (serverContext ?? {}) as PeerContext);
          response = await limits.guard(request, client, handle);
        }
      } catch (error) {
        if (isDatabaseUnavailable(error)) return endResponse(unavailableResponse(fetchAPI));
        throw error;
      }
      endResponse(await withoutSessionToken(url.pathname, response, fetchAPI));
    },
  };
}
