import type { CORSOptions } from 'graphql-yoga';

/**
 * CORS for browsers on the listed origins only. Yoga's default reflects any origin with
 * credentials (any site could read a signed-in viewer's data); with a list it still answers
 * `null` to unlisted origins, which sandboxed frames share. An origin not on the list gets no
 * CORS headers at all, so the browser keeps the response from it.
 */
export function corsFor(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (request: Request): CORSOptions | false => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: [
        'content-type',
        'authorization',
        'x-graphql-yoga-csrf',
        'apollo-require-preflight',
      ],
      exposedHeaders: ['set-auth-token', 'retry-after', 'x-request-id'],
      maxAge: 600,
    };
  };
}
