import { apiUrl } from './env.ts';
import { unreachableResponse } from './problems.ts';

const hopByHop = ['connection', 'keep-alive', 'transfer-encoding', 'host', 'content-length'];

/**
 * Forwards a browser request to the API, same path and query, so the browser only ever talks
 * to the web app's origin (auth cookies stay first-party). Read per request: one build serves
 * any API address.
 */
export async function forward(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const headers = new Headers(request.headers);
  for (const name of [...hopByHop, 'accept-encoding']) headers.delete(name);
  headers.set('x-forwarded-host', url.host);
  headers.set('x-forwarded-proto', url.protocol.replace(':', ''));
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetch(`${apiUrl()}${url.pathname}${url.search}`, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
      cache: 'no-store',
    });
  } catch {
    return unreachableResponse();
  }
  const out = new Headers(upstream.headers);
  for (const name of [...hopByHop, 'content-encoding']) out.delete(name);
  return new Response(upstream.body, { status: upstream.status, headers: out });
}
