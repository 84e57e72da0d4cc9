import { randomBytes } from 'node:crypto';

/** 192 random bits, URL-safe: the learner's key to an attempt, not guessable. */
export const newAttemptToken = (): string => randomBytes(24).toString('base64url');

/** A seed for an attempt's draw and shuffles, when the caller gives none. */
export const newSeed = (): string => randomBytes(16).toString('base64url');
