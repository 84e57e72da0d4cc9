import type { TadaDocumentNode } from './graphql.ts';
import { offline } from './problems.ts';
import { post, type VariablesArg } from './request.ts';

/**
 * Runs a typed GraphQL operation from the browser through the web app's same-origin /graphql
 * (the session cookie goes along by itself). Throws a ProblemError, as on the server.
 */
export function request<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  ...[variables]: VariablesArg<Variables>
): Promise<Result> {
  return post('/graphql', {}, offline, document, variables);
}
