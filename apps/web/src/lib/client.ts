import {
  type GraphQLError,
  offline,
  ProblemError,
  problemFromErrors,
  unreachable,
} from './problems.ts';

/** Runs a GraphQL operation from the browser through the web app's same-origin /graphql. */
export async function gql<T>(
  document: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
  } catch {
    throw new ProblemError(offline);
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T | null;
    errors?: GraphQLError[];
  };
  if (body.errors?.length) throw new ProblemError(problemFromErrors(body.errors));
  if (!body.data) throw new ProblemError(unreachable);
  return body.data;
}

export function describe(error: unknown): string {
  if (error instanceof ProblemError) return error.problem.message;
  return 'Something went wrong. Please try again.';
}
