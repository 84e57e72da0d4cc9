import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { requestScope } from './request-scope.ts';

/**
 * Gives each request an id, sent back as `x-request-id` and carried by every log line written
 * while it is served, so a client's report ("request 3f2c… failed") finds its log lines.
 */
export function useRequestId(): Plugin {
  const ids = new WeakMap<Request, string>();
  return {
    onRequest({ request }) {
      const id = randomUUID();
      ids.set(request, id);
      requestScope.enterWith({ id });
    },
    onResponse({ request, response }) {
      const id = ids.get(request);
      if (id) response.headers.set('x-request-id', id);
    },
  };
}
