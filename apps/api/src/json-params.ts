import type { Plugin } from 'graphql-yoga';
import { refusal } from './refusal.ts';

const JSON_PARAMS = ['variables', 'extensions'] as const;

const badRequest = (message: string) =>
  refusal('BAD_REQUEST', message, { extensions: { http: { status: 400 } } });

/** The first of `variables` and `extensions` that is present but not JSON. */
function badJsonParam(params: URLSearchParams): string | undefined {
  for (const name of JSON_PARAMS) {
    const value = params.get(name);
    if (!value) continue;
    try {
      JSON.parse(value);
    } catch {
      return name;
    }
  }
  return undefined;
}

const isFormPost = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded');

/**
 * Yoga's parsers for GET and form-encoded POST requests call JSON.parse on `variables` and
 * `extensions` unguarded, so `?variables=notjson` became a 500 "Unexpected error.". This checks
 * them first and answers 400 naming the parameter; any other JSON error from a parser is a 400
 * too (the JSON body parser already answers 400 itself).
 */
export function useJsonParamCheck(): Plugin {
  return {
    onRequestParse({ url, requestParser, setRequestParser }) {
      if (!requestParser) return;
      const parse = requestParser;
      setRequestParser(async (incoming) => {
        const params = isFormPost(incoming)
          ? new URLSearchParams(await incoming.clone().text())
          : incoming.method === 'GET'
            ? url.searchParams
            : undefined;
        const bad = params && badJsonParam(params);
        if (bad) throw badRequest(`The "${bad}" parameter is not valid JSON.`);
        try {
          return await parse(incoming);
        } catch (error) {
          if (error instanceof SyntaxError) throw badRequest('The request is not valid JSON.');
          throw error;
        }
      });
    },
  };
}
