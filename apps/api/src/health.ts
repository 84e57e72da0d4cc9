import type { Database } from '@attest/db';
import type { Plugin } from 'graphql-yoga';

/** `GET /healthz`: 200 when the database answers, 503 when it does not. */
export function useHealthCheck(db: Pick<Database, 'prisma' | 'kind'>): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/healthz') return;
      const json = (body: object, status: number) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status,
            headers: { 'content-type': 'application/json' },
          }),
        );
      try {
        await db.prisma.$queryRaw`SELECT 1`;
        json({ status: 'ok', database: db.kind }, 200);
      } catch {
        json({ status: 'unavailable', database: db.kind }, 503);
      }
    },
  };
}
