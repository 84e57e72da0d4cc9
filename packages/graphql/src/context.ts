import type { Viewer } from '@attest/auth';
import type { SetCache, SetToStart } from '@attest/classroom';
import type { PrismaClient } from '@attest/db';

/**
 * Quotas on writes, enforced by the server per client or account. Each check throws a GraphQL
 * error (code RATE_LIMITED, with `retryAfter` in seconds) when the quota is spent.
 */
export interface Quotas {
  /** Before an attempt is started on the set with this share link. */
  startAttempt(slug: string): Promise<void>;
}

/** No quotas: for servers that limit nothing (some tests, the benchmark). */
export const unlimited: Quotas = { startAttempt: async () => {} };

/** What every resolver receives. Built per request by the server. */
export interface Context {
  prisma: PrismaClient;
  /** The signed-in person, or null. */
  viewer: Viewer | null;
  quotas: Quotas;
  /** Published sets kept between attempts' starts (one per server; see createSetCache). */
  sets?: SetCache<SetToStart>;
}
