import type { Plugin } from 'graphql-yoga';

export const MAX_BODY_BYTES = 100_000;

/** Refuses request bodies that declare more than `max` bytes (413), before anything parses them. */
export function useBodyLimit(max: number = MAX_BODY_BYTES): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > max) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `The request body is ${length} bytes; the limit is ${max}.`,
                  extensions: { code: 'PAYLOAD_TOO_LARGE' },
                },
              ],
            }),
            { status: 413, headers: { 'content-type': 'application/json' } },
          ),
        );
      }
    },
  };
}
