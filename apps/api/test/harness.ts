import { type Auth, createAuth } from '@attest/auth';
import { type Database, type DatabaseKind, seedKnowledgeBase } from '@attest/db';
import { openTestDatabase } from '@attest/db/testing';
import type { KnowledgeBase } from '@attest/knowledge';
import { type ApiOptions, createApi } from '../src/index.ts';
import { createLogger } from '../src/logger.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The `extensions.code` of each error in a response, in order; [] when it has none. */
export const codes = (r: { errors?: { extensions?: { code?: string } }[] }) =>
  (r.errors ?? []).map((e) => e.extensions?.code);

export interface TestApi {
  db: Database;
  auth: Auth;
  api: ReturnType<typeof createApi>;
  /** SQL statements the API's client has sent for the requests' own work (the rate limits'
   * bookkeeping on "RateLimit" left out, so counts measure resolvers). */
  statements: string[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The API over a fresh database holding `kb`, called in-process (no port). */
export async function openTestApi(
  kind: DatabaseKind,
  postgresUrl: string,
  kb: KnowledgeBase,
  options: Partial<ApiOptions> = {},
): Promise<TestApi> {
  const statements: string[] = [];
  const db = await openTestDatabase(kind, postgresUrl, {
    onQuery: (sql) => {
      if (!sql.includes('"RateLimit"')) statements.push(sql);
    },
  });
  await seedKnowledgeBase(db.prisma, kb);
  const auth = createAuth({
    prisma: db.prisma,
    secret: 'test-secret-test-secret-test-secret',
    baseURL: 'http://attest',
    production: false,
  });
  // Client mistakes are what most tests make on purpose: their info lines would drown the output.
  const logger = createLogger({ level: 'warn' });
  const api = createApi({ db, auth, production: false, logger, ...options });
  return {
    db,
    auth,
    api,
    statements,
    async gql(query, variables) {
      const response = await api.fetch('http://attest/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: () => db.close(),
  };
}
