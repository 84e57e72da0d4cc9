import type { PrismaClient } from '@attest/db';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import type { Window } from './rate-limits.ts';

/** How long until a refused client may try again. */
export interface Refusal {
  retryAfterSeconds: number;
}

/** A named counter over the RateLimit table. */
export interface Limiter {
  readonly window: Window;
  /** Takes `points`; a Refusal when the window has no room (or the key is locked). */
  consume(key: string, points?: number): Promise<Refusal | null>;
  /** Gives points back (an attempt that turned out not to count). */
  reward(key: string, points?: number): Promise<void>;
  /** Forgets the key (e.g. an account's failures after a good sign-in). */
  reset(key: string): Promise<void>;
}

const refusal = (res: RateLimiterRes): Refusal => ({
  retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
});

/**
 * A counter in the database (rate-limiter-flexible's RateLimiterPrisma over the `RateLimit`
 * model), so that every API node over the same database counts the same requests. Increments
 * are single upserts, so concurrent requests are all counted.
 */
export function databaseLimiter(
  prisma: PrismaClient,
  name: string,
  window: Window,
  { sweep = false }: { sweep?: boolean } = {},
): Limiter {
  const limiter = new RateLimiterPrisma({
    storeClient: prisma,
    // The model's property on the client, not the table's name.
    tableName: 'rateLimit',
    keyPrefix: name,
    points: window.points,
    duration: window.seconds,
    blockDuration: window.blockSeconds ?? 0,
    // Every limiter shares the table; one sweeping expired rows every five minutes is enough.
    clearExpiredByTimeout: sweep,
  });
  return {
    window,
    async consume(key, points = 1) {
      try {
        await limiter.consume(key, points);
        return null;
      } catch (error) {
        // A RateLimiterRes is a refusal; anything else is the database failing, which is not
        // the client's fault and must not pass for "too many requests".
        if (error instanceof RateLimiterRes) return refusal(error);
        throw error;
      }
    },
    async reward(key, points = 1) {
      await limiter.reward(key, points);
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
