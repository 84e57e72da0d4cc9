import { AUTH_BASE_PATH, type Auth } from '@attest/auth';
import type { Plugin } from 'graphql-yoga';
import { isDatabaseUnavailable, unavailableResponse } from './database-outage.ts';
import { withoutSessionToken } from './session-token.ts';

/** Serves better-auth's endpoints (sign up, sign in, sign out, session) under /api/auth. */
export function useAuthRoutes(auth: Auth): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== AUTH_BASE_PATH && !url.pathname.startsWith(`${AUTH_BASE_PATH}/`)) return;
      let response: Response;
      try {
        response = await auth.handler(request);
      } catch (error) {
        if (isDatabaseUnavailable(error)) return endResponse(unavailableResponse(fetchAPI));
        throw error;
      }
      endResponse(await withoutSessionToken(url.pathname, response, fetchAPI));
    },
  };
}
