import { type GraphQLResponse, gqlAs, type TestApi } from './harness.ts';

type Node = Pick<TestApi, 'api'>;

/** The data of a request a test's set-up relies on; a refusal stops the test, naming its errors. */
async function dataOf<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const { data, errors } = await response;
  if (errors?.length || !data) throw new Error(`set-up refused: ${JSON.stringify(errors)}`);
  return data;
}

/** A new collection of the person signed in by `cookie` (CreateCollectionInput); its ID. */
export async function createCollection(
  node: Node,
  cookie: string,
  input: { name: string; slug?: string; visibility?: 'PUBLIC' | 'PRIVATE' },
): Promise<string> {
  const data = await dataOf(
    gqlAs<{ createCollection: { id: string } }>(
      node,
      cookie,
      'mutation ($input: CreateCollectionInput!) { createCollection(input: $input) { id } }',
      { input },
    ),
  );
  return data.createCollection.id;
}

/** A text added to a collection as a source (AddSourceInput); its ID. */
export async function addSource(
  node: Node,
  cookie: string,
  collection: string,
  input: { text: string; title?: string },
): Promise<string> {
  const data = await dataOf(
    gqlAs<{ addSource: { id: string } }>(
      node,
      cookie,
      'mutation ($c: ID!, $input: AddSourceInput!) { addSource(collection: $c, input: $input) { id } }',
      { c: collection, input },
    ),
  );
  return data.addSource.id;
}

/** Where `quote` stands in `text`, in code points (a claim's evidence offsets). */
export function passageIn(text: string, quote: string): { start: number; end: number } {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length };
}
