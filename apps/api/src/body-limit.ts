import { createGraphQLError, type Plugin } from 'graphql-yoga';
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

/** What Yoga counts a body without a valid declared length up to (its own default). */
export const STREAMED_BODY_BYTES = 25_000_000;

const CONTENT_LENGTH = /^\d+$/;

const bodyError = (message: string, status: number, code: string) =>
  createGraphQLError(message, { extensions: { http: { status }, code } });

/**
 * Yoga's own body-size check (`maxRequestBodySize`, turned off in yoga.ts for this one) with the
 * same answers, minus its cost on every request: Yoga pipes each body through a counting
 * TransformStream and builds a second Request around it (streams, an abort signal, ~5 % of a
 * cold compiled page's CPU). A body with a valid Content-Length needs no counting: Node's HTTP
 * parser reads exactly that many bytes (and refuses a request declaring both a length and
 * chunked encoding), so only a body without one (chunked) is counted as it is read. Last among
 * the plugins, as Yoga's is after them, so that it wraps whichever parser was chosen.
 */
export function useStreamedBodyLimit(limit: number = STREAMED_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared != null) {
        if (!CONTENT_LENGTH.test(declared))
          throw bodyError('Content-Length header is invalid.', 400, 'BAD_REQUEST');
        if (Number(declared) > limit)
          throw bodyError('Request body too large', 413, 'REQUEST_ENTITY_TOO_LARGE');
        return;
      }
      if (requestParser == null || request.body == null) return;
      const parse = requestParser;
      setRequestParser((incoming) => parse(countedBody(incoming, limit, fetchAPI)));
    },
  };
}

/** The request with its body counted as it is read, failing past `limit` bytes (Yoga's way). */
function countedBody(
  request: Request,
  limit: number,
  fetchAPI: Pick<typeof globalThis, 'Request' | 'TransformStream'>,
): Request {
  const body = request.body;
  if (!body) return request;
  // A native stream cannot be piped through the ponyfill's TransformStream (Yoga issue 4583).
  const Transform =
    body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const counted = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit)
          controller.error(bodyError('Request body too large', 413, 'REQUEST_ENTITY_TOO_LARGE'));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted,
    duplex: 'half',
  } as RequestInit);
}
