import { AUTH_BASE_PATH, type Auth } from '@attest/auth';
import type { Plugin } from 'graphql-yoga';
import type { AuthGuard } from './auth-limits.ts';
import type { ClientAddressOf, PeerContext } from './client-address.ts';

/**
 * Serves better-auth's endpoints (sign up, sign in, sign out, session) under /api/auth, through
 * the sign-in and sign-up limits when there are any.
 */
export function useAuthRoutes(
  auth: Auth,
  limits?: { guard: AuthGuard; clientOf: ClientAddressOf },
): Plugin {
  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      if (url.pathname !== AUTH_BASE_PATH && !url.pathname.startsWith(`${AUTH_BASE_PATH}/`)) return;
      const handle = () => auth.handler(request);
      if (!limits) return endResponse(await handle());
      const client = limits.clientOf(request, (serverContext ?? {}) as PeerContext);
      endResponse(await limits.guard(request, client, handle));
    },
  };
}
