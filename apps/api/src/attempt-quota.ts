import type { Quotas } from '@attest/graphql';
import type { Limiter } from './limiter.ts';
import { rateLimitedError } from './too-many.ts';

/**
 * Quotas on writes for one request. Starting attempts on a share link is counted per link and
 * client (signed in: per link and account), so that a script cannot flood an instructor's
 * statistics with attempts it answers at will.
 */
export function quotasFor(
  limits: { perLinkAndClient: Limiter; perLinkAndAccount: Limiter },
  clientAddress: string,
  viewer: { id: string } | null,
): Quotas {
  return {
    async startAttempt(slug) {
      const [limiter, key] = viewer
        ? [limits.perLinkAndAccount, `${slug}:${viewer.id}`]
        : [limits.perLinkAndClient, `${slug}:${clientAddress}`];
      const refused = await limiter.consume(key);
      if (!refused) return;
      const { points, seconds } = limiter.window;
      throw rateLimitedError(
        refused,
        `Too many attempts started on this set: at most ${points} every ${seconds / 60} minutes ${viewer ? 'per account' : 'from one address'}.`,
      );
    },
  };
}
