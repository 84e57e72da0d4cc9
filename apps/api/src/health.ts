import type { Database } from '@attest/db';
import type { Plugin } from 'graphql-yoga';
import { RETRY_AFTER_SECONDS } from './database-outage.ts';

/**
 * `GET /healthz`: 200 `ok` when the database answers, 503 `degraded` (with `Retry-After`) when
 * it does not, so a load balancer takes the node out until the database is back. The client
 * reconnects by itself; nothing needs restarting.
 */
export function useHealthCheck(db: Pick<Database, 'prisma' | 'kind'>): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/healthz') return;
      const json = (body: object, status: number, headers: Record<string, string> = {}) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status,
            headers: {
              'content-type': 'application/json',
              'cache-control': 'no-store',
              ...headers,
            },
          }),
        );
      try {
        await db.prisma.$queryRaw`SELECT 1`;
        json({ status: 'ok', database: db.kind }, 200);
      } catch {
        json(
          { status: 'degraded', database: db.kind, problem: 'The database does not answer.' },
          503,
          { 'retry-after': String(RETRY_AFTER_SECONDS) },
        );
      }
    },
  };
}
