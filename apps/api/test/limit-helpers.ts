import { type Api, type ApiOptions, createApi, type RateLimits } from '../src/index.ts';
import type { TestApi } from './harness.ts';

export interface Answer {
  status: number;
  retryAfter: string | null;
  body: {
    code?: string;
    message?: string;
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[];
  };
}

/** A POST of JSON from a client at `peer` (in-process: the peer stands in for the socket). */
export async function postFrom(
  api: Api,
  peer: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await api.fetch(
    `http://attest${path}`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        origin: 'http://attest',
        ...headers,
      },
      body: JSON.stringify(body),
    },
    { peerAddress: peer },
  );
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Answer['body'],
  };
}

/**
 * Another API over the test's database and accounts, with its own limits. Without the response
 * cache unless asked: a repeated anonymous read would be answered from memory, free of charge.
 */
export const apiWithLimits = (
  t: TestApi,
  rateLimits: Partial<RateLimits>,
  options: Partial<ApiOptions> = {},
) =>
  createApi({
    db: t.db,
    auth: t.auth,
    production: false,
    rateLimits,
    responseCache: false,
    ...options,
  });

export const strongPassword = 'violet kettle under seven bridges';

/** Tries `attempt` until it is refused (429), at most `max` times; the answers so far. */
export async function untilRefused(max: number, attempt: (i: number) => Promise<Answer>) {
  const answers: Answer[] = [];
  for (let i = 0; i < max; i++) {
    const answer = await attempt(i);
    answers.push(answer);
    if (answer.status === 429) break;
  }
  return answers;
}
