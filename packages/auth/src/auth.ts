import type { PrismaClient } from '@attest/db';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { bearer } from 'better-auth/plugins/bearer';
import { checkAccountInput } from './account-input.ts';

export interface AuthOptions {
  prisma: PrismaClient;
  /** Signs session cookies. Every API node of one deployment must share it. */
  secret: string;
  /** Where the API is reached, e.g. http://localhost:4000. */
  baseURL: string;
  /** Web origins allowed to post to the auth endpoints (the web app). */
  trustedOrigins?: string[];
  /** Secure cookies need HTTPS, so they are on only in production. */
  production: boolean;
}

export const AUTH_BASE_PATH = '/api/auth';
export const MIN_PASSWORD_LENGTH = 8;

/**
 * Instructor and learner accounts: email and password, sessions kept in the database (so any
 * API node can check them), an httpOnly cookie for browsers and bearer tokens for API users.
 */
export function createAuth({
  prisma,
  secret,
  baseURL,
  trustedOrigins = [],
  production,
}: AuthOptions) {
  return betterAuth({
    appName: 'Attest',
    basePath: AUTH_BASE_PATH,
    baseURL,
    secret,
    trustedOrigins,
    database: prismaAdapter(prisma, { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      autoSignIn: true,
    },
    hooks: { before: checkAccountInput },
    // The API limits sign-in and sign-up itself (apps/api/src/auth-limits.ts): counters in the
    // database shared by every node, client addresses from trusted proxies only, and a lockout.
    // better-auth's own limiter would count in one process's memory and believe any
    // X-Forwarded-For, so it stays off rather than doubling up.
    rateLimit: { enabled: false },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    advanced: {
      // better-auth skips its origin (CSRF) check under test runners unless told; always check.
      disableOriginCheck: false,
      useSecureCookies: production,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: production },
    },
    telemetry: { enabled: false },
    plugins: [bearer()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
