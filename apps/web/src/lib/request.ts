import { type DocumentNode, Kind, print } from '@0no-co/graphql.web';
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
 * The text sent for a document, printed once per document. Two things written for the types are
 * taken out of it:
 * - `@_required`: a field the API always sends, though the schema leaves it nullable, is marked
 *   so in the operation and gql.tada types it non-null; the API knows no such directive.
 * - Fragment spreads: fragments are how shared selections are written here, but the API's cost
 *   limit counts each spread as one level deeper (×1.5), so their fields are sent in place, as
 *   the same flat selection a hand-written query has. A fragment is only spread where the
 *   field's type has all its fields (its own type, or an implementation of its interface).
 */
const printed = new WeakMap<DocumentNode, string>();

type Node = { kind: string; [key: string]: unknown };
type SelectionSet = { kind: 'SelectionSet'; selections: readonly Node[] };

function sendable(document: DocumentNode): DocumentNode {
  const fragments = new Map<string, SelectionSet>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(d.name.value, d.selectionSet as unknown as SelectionSet);
  const inline = (set: SelectionSet): SelectionSet => ({
    ...set,
    selections: set.selections.flatMap((node): Node[] => {
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const name = (node.name as { value: string }).value;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`The fragment ${name} is not passed to graphql().`);
        return inline(fragment).selections as Node[];
      }
      return [clean(node)];
    }),
  });
  const clean = (node: Node): Node => {
    const copy: Node = { ...node };
    if (Array.isArray(node.directives))
      copy.directives = (node.directives as { name: { value: string } }[]).filter(
        (d) => !d.name.value.startsWith('_'),
      );
    if (node.selectionSet) copy.selectionSet = inline(node.selectionSet as SelectionSet);
    return copy;
  };
  return {
    ...document,
    definitions: document.definitions
      .filter((d) => d.kind !== Kind.FRAGMENT_DEFINITION)
      .map((d) => clean(d as unknown as Node) as unknown as DocumentNode['definitions'][number]),
  };
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
