import { AUTH_BASE_PATH, type Auth } from '@attest/auth';
import type { Plugin } from 'graphql-yoga';

/** Serves better-auth's endpoints (sign up, sign in, sign out, session) under /api/auth. */
export function useAuthRoutes(auth: Auth): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== AUTH_BASE_PATH && !url.pathname.startsWith(`${AUTH_BASE_PATH}/`)) return;
      endResponse(await auth.handler(request));
    },
  };
}
