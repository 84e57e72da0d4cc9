import { type Auth, createAuth } from '@attest/auth';
import {
  applyMigrations,
  connect,
  type Database,
  type DatabaseKind,
  seedKnowledgeBase,
} from '@attest/db';
import { openTestDatabase } from '@attest/db/testing';
import type { KnowledgeBase } from '@attest/knowledge';
import { createDatabase } from '@attest/testing';
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

/** One API node over a test database, called in-process (no port). */
export interface TestApi {
  db: Database;
  auth: Auth;
  api: ReturnType<typeof createApi>;
  /** SQL statements the node's client has sent for the requests' own work (the rate limits'
   * bookkeeping on "RateLimit" left out, so counts measure resolvers). */
  statements: string[];
  close(): Promise<void>;
}

/** The SQL log of a node's client, without the rate limits' bookkeeping. */
function recordStatements() {
  const statements: string[] = [];
  const onQuery = (sql: string) => {
    if (!sql.includes('"RateLimit"')) statements.push(sql);
  };
  return { statements, onQuery };
}

/** The API over `db`, as every test node runs it. */
function apiOver(db: Database, statements: string[], options: Partial<ApiOptions>): TestApi {
  const auth = createAuth({
    prisma: db.prisma,
    secret: 'test-secret-test-secret-test-secret',
    baseURL: 'http://attest',
    production: false,
  });
  // Client mistakes are what most tests make on purpose: their info lines would drown the output.
  const logger = createLogger({ level: 'warn' });
  const api = createApi({ db, auth, production: false, logger, ...options });
  return { db, auth, api, statements, close: () => db.close() };
}

/** The API over a fresh database holding `kb`. */
export async function openTestApi(
  kind: DatabaseKind,
  postgresUrl: string,
  kb: KnowledgeBase,
  options: Partial<ApiOptions> = {},
): Promise<TestApi> {
  const { statements, onQuery } = recordStatements();
  const db = await openTestDatabase(kind, postgresUrl, { onQuery });
  await seedKnowledgeBase(db.prisma, kb);
  return apiOver(db, statements, options);
}

/** Two API nodes over one database, as a deployment of several runs them. */
export interface TwoTestApis {
  first: TestApi;
  second: TestApi;
  close(): Promise<void>;
}

/**
 * Two API nodes over one fresh PostgreSQL database holding `kb`, each with its own client (and
 * so its own caches and change notifications).
 */
export async function openTwoTestApis(
  postgresUrl: string,
  kb: KnowledgeBase,
  options: Partial<ApiOptions> = {},
): Promise<TwoTestApis> {
  const url = await createDatabase(postgresUrl);
  const node = async () => {
    const { statements, onQuery } = recordStatements();
    return apiOver(await connect({ url }, { onQuery }), statements, options);
  };
  const first = await node();
  await applyMigrations(first.db.adapter);
  await seedKnowledgeBase(first.db.prisma, kb);
  const second = await node();
  return {
    first,
    second,
    close: async () => {
      await first.close();
      await second.close();
    },
  };
}

/** A GraphQL request to `node`, signed in when a cookie is given. */
export async function gqlAs<T = Record<string, unknown>>(
  node: Pick<TestApi, 'api'>,
  cookie: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await postAs(node, cookie, query, variables);
  return { status: response.status, ...((await response.json()) as object) };
}

/** The HTTP response to a GraphQL POST, as sent (for tests of the body's bytes). */
export function postAs(
  node: Pick<TestApi, 'api'>,
  cookie: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Response> {
  return Promise.resolve(
    node.api.fetch('http://attest/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    }),
  );
}
