import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useStreamedBodyLimit } from '../src/body-limit.ts';

// A tiny server with the check alone and a small limit, so that bodies past it stay small.
const LIMIT = 200;
const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { ok: Boolean }',
    resolvers: { Query: { ok: () => true } },
  }),
  plugins: [useStreamedBodyLimit(LIMIT)],
  maxRequestBodySize: false,
});

const post = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  yoga.fetch('http://attest/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

/** A body without a declared length, as a chunked request sends it. */
const streamed = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const bytes = new TextEncoder().encode(text);
      for (let i = 0; i < bytes.length; i += 50) controller.enqueue(bytes.slice(i, i + 50));
      controller.close();
    },
  });

const query = (padding: number) => JSON.stringify({ query: `{ ok } # ${'x'.repeat(padding)}` });

describe('the streamed body limit (Yoga’s maxRequestBodySize, counted only without a length)', () => {
  it('answers a body within the limit, declared or streamed', async () => {
    const body = query(10);
    const declared = await post(body, { 'content-length': String(body.length) });
    expect(await declared.json()).toEqual({ data: { ok: true } });
    const chunked = await post(streamed(body));
    expect(await chunked.json()).toEqual({ data: { ok: true } });
  });

  it('refuses a declared length past the limit with 413', async () => {
    const body = query(LIMIT);
    const response = await post(body, { 'content-length': String(body.length) });
    expect(response.status).toBe(413);
    const { errors } = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(errors[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses a streamed body once it passes the limit with 413', async () => {
    const response = await post(streamed(query(LIMIT)));
    expect(response.status).toBe(413);
    const { errors } = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(errors[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses an invalid Content-Length with 400', async () => {
    const response = await post(query(10), { 'content-length': '10, 10' });
    expect(response.status).toBe(400);
  });
});
