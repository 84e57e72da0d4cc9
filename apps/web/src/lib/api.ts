import { headers } from 'next/headers';
import { apiUrl } from './env.ts';
import type { TadaDocumentNode } from './graphql.ts';
import { unreachable } from './problems.ts';
import { post, type VariablesArg } from './request.ts';

/**
 * Runs a typed GraphQL operation against the API from a server component, forwarding the
 * visitor's cookie so the API sees who is signed in. Throws a ProblemError, as in the browser.
 */
export async function request<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  ...[variables]: VariablesArg<Variables>
): Promise<Result> {
  const cookie = (await headers()).get('cookie');
  return post(
    `${apiUrl()}/graphql`,
    {
      headers: {
        accept: 'application/graphql-response+json, application/json',
        ...(cookie ? { cookie } : {}),
      },
      cache: 'no-store',
      signal: AbortSignal.timeout(20_000),
    },
    unreachable,
    document,
    variables,
  );
}
