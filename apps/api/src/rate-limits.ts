/** A counter: at most `points` in `seconds`; `blockSeconds` locks the key once it is over. */
export interface Window {
  points: number;
  seconds: number;
  blockSeconds?: number;
}

/**
 * Rate limits and quotas, counted in the database so every API node shares them. Clients are
 * addresses (see client-address.ts), accounts are emails or user IDs, links are share slugs.
 */
export interface RateLimits {
  /** Failed sign-ins per account (email), then a lockout. */
  signInFailuresPerAccount: Window;
  /** Failed sign-ins per client, whatever accounts they name (password spraying). */
  signInFailuresPerClient: Window;
  signUpsPerClient: Window;
  /** GraphQL points (see operation-cost.ts) per anonymous client. */
  graphqlPerClient: Window;
  /** GraphQL points per signed-in account. */
  graphqlPerAccount: Window;
  /** Attempts started on one share link by one anonymous client. */
  attemptsPerLinkAndClient: Window;
  /** Attempts started on one share link by one signed-in account. */
  attemptsPerLinkAndAccount: Window;
}

const minutes = (n: number) => n * 60;

/**
 * Generous for people, tight for scripts. A class behind one school NAT is one client, so the
 * per-client figures leave room for about 30 learners at once.
 */
export const defaultRateLimits: RateLimits = {
  signInFailuresPerAccount: { points: 10, seconds: minutes(15), blockSeconds: minutes(15) },
  signInFailuresPerClient: { points: 50, seconds: minutes(15), blockSeconds: minutes(15) },
  signUpsPerClient: { points: 60, seconds: minutes(60) },
  graphqlPerClient: { points: 1_000, seconds: minutes(1) },
  graphqlPerAccount: { points: 5_000, seconds: minutes(1) },
  attemptsPerLinkAndClient: { points: 30, seconds: minutes(10) },
  attemptsPerLinkAndAccount: { points: 10, seconds: minutes(10) },
};
