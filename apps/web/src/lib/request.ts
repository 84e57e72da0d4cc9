import { type DocumentNode, print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from './graphql.ts';
import {
  type GraphQLError,
  type Problem,
  ProblemError,
  problemFromErrors,
  unreachable,
} from './problems.ts';

/** An operation's variables as arguments: optional when it has none that are required. */
export type VariablesArg<Variables> =
  Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

/**
 * A field the API always sends, though the schema leaves it nullable, is marked `@_required` in
 * the operation: gql.tada then types it non-null. The API knows no such directive, so the text
 * sent leaves out every `@_`-directive. Printed once per document.
 */
const printed = new WeakMap<DocumentNode, string>();

function withoutLocalDirectives<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutLocalDirectives) as T;
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] =
      key === 'directives' && Array.isArray(value)
        ? value.filter((d: { name: { value: string } }) => !d.name.value.startsWith('_'))
        : withoutLocalDirectives(value);
  }
  return copy as T;
}

export function operationText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(withoutLocalDirectives(document));
    printed.set(document, text);
  }
  return text;
}

/**
 * Posts one typed operation and returns its data, or throws a ProblemError: the one way the web
 * app calls the API. `lib/api.ts` (server) and `lib/client.ts` (browser) only say where to and
 * with which headers.
 */
export async function post<Result, Variables>(
  url: string,
  init: Omit<RequestInit, 'method' | 'headers' | 'body'> & { headers?: Record<string, string> },
  failed: Problem,
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables | undefined,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: JSON.stringify({ query: operationText(document), variables: variables ?? {} }),
    });
  } catch {
    throw new ProblemError(failed);
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: Result | null;
    errors?: GraphQLError[];
  };
  if (body.errors?.length)
    throw new ProblemError(problemFromErrors(body.errors), body.errors[0]?.extensions?.code);
  if (!body.data) throw new ProblemError(unreachable);
  return body.data;
}
