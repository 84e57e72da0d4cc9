/** A GraphQL error as the API sends it. */
interface ApiError {
  message: string;
  extensions?: { code?: string };
}

export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Calls the API's /graphql as the person whose bearer token is given. */
export function graphqlClient(apiUrl: string, token: string): Gql {
  const url = `${apiUrl.replace(/\/$/, '')}/graphql`;
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new ApiRequestError(`The API at ${apiUrl} does not answer: is it running?`, undefined);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: ApiError[] };
    const [error] = body.errors ?? [];
    if (error || !body.data) {
      throw new ApiRequestError(
        error?.message ?? `The API answered HTTP ${response.status}.`,
        error?.extensions?.code,
      );
    }
    return body.data;
  };
}
