import type { Problem } from './problems.ts';

/**
 * Whether a failed request only means that the address names nothing: an unknown ID, or text that
 * is no ID at all (the API's "Invalid global ID: …", which no person should read). Pages answer
 * those with their not-found page and HTTP 404, like an unknown address.
 */
export const namesNothing = (problem: Problem): boolean =>
  problem.kind === 'not-found' ||
  (problem.kind === 'bad-input' && problem.message.startsWith('Invalid global ID'));
