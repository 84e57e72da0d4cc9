import type { Plugin } from 'graphql-yoga';
import { refusalBody } from './refusal.ts';

// An article of up to 200,000 characters (MAX_SOURCE_CHARACTERS), or the web page holding it,
// must fit, JSON-escaped; argument caps keep every other string short.
export const MAX_BODY_BYTES = 2_000_000;

/** Refuses request bodies that declare more than `max` bytes (413), before anything parses them. */
export function useBodyLimit(max: number = MAX_BODY_BYTES): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > max) {
        endResponse(
          new fetchAPI.Response(
            refusalBody(
              'PAYLOAD_TOO_LARGE',
              `The request body is ${length} bytes; the limit is ${max}.`,
            ),
            { status: 413, headers: { 'content-type': 'application/json' } },
          ),
        );
      }
    },
  };
}
