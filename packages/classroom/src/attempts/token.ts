import { randomBytes } from 'node:crypto';

/** 192 random bits, URL-safe: the learner's key to an attempt, not guessable. */
export const newAttemptToken = (): string => randomBytes(24).toString('base64url');

/** A seed for an attempt's draw and shuffles, when the caller gives none. */
export const newSeed = (): string => randomBytes(16).toString('base64url');

/**
 * A row ID for rows written by raw SQL, in the shape of Prisma's cuid() (25 characters, starting
 * with "c", lower case): 96 random bits, so IDs never collide.
 */
export const newRowId = (): string => `c${randomBytes(12).toString('hex')}`;
