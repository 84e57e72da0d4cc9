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
 * The text sent for a document, printed once per document, without `@_required`: a field the API
 * always sends, though the schema leaves it nullable, is marked so in the operation and gql.tada
 * types it non-null; the API knows no such directive. Fragments are sent as written (the API's
 * limits count a fragment's fields as if written in place).
 */
const printed = new WeakMap<DocumentNode, string>();

type Node = { kind: string; [key: string]: unknown };

function sendable(document: DocumentNode): DocumentNode {
  const clean = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(clean);
    if (node === null || typeof node !== 'object') return node;
    const copy: Node = { ...(node as Node) };
    for (const [key, value] of Object.entries(copy)) {
      if (key === 'loc') continue;
      copy[key] =
        key === 'directives' && Array.isArray(value)
          ? (value as { name: { value: string } }[]).filter((d) => !d.name.value.startsWith('_'))
          : clean(value);
    }
    return copy;
  };
  return clean(document) as DocumentNode;
}

export function operationText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(sendable(document));
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
