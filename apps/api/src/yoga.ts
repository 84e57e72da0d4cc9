import { type Auth, viewerFrom } from '@attest/auth';
import type { Database } from '@attest/db';
import { type Context, exposeValidationError, schema } from '@attest/graphql';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import { useAuthRoutes } from './auth-routes.ts';
import { useBodyLimit } from './body-limit.ts';
import { corsFor } from './cors.ts';
import { isDatabaseUnavailable, unavailableError } from './database-outage.ts';
import { exampleQueries } from './examples.ts';
import { useExportDownloads } from './export-routes.ts';
import { useHealthCheck } from './health.ts';
import { useHideSuggestions } from './hide-suggestions.ts';
import { createLogger, type Logger } from './logger.ts';
import { useMaxPageSize } from './page-size.ts';
import { currentRequestId, useRequestId } from './request-id.ts';

export interface ApiOptions {
  db: Pick<Database, 'prisma' | 'kind'>;
  /** Accounts and sessions (see @attest/auth), over the same database. */
  auth: Auth;
  /** Production hides GraphiQL, introspection and field suggestions unless enabled below. */
  production: boolean;
  graphiql?: boolean;
  introspection?: boolean;
  /** Browser origins allowed to call the API with credentials (CORS); none others are. */
  webOrigins?: readonly string[];
  logger?: Logger;
}

/** Query limits: generous for any real client of this schema, cheap to check. */
export const limits = {
  depth: 10,
  aliases: 15,
  tokens: 2000,
  directives: 20,
  cost: 20_000,
  pageSize: 100,
};

export function createApi({
  db,
  auth,
  production,
  graphiql = !production,
  introspection = !production,
  webOrigins = ['http://localhost:3000'],
  logger = createLogger(),
}: ApiOptions) {
  const reject = { propagateOnRejection: true, exposeLimits: true };
  const plugins: Plugin[] = [
    useRequestId(),
    useHealthCheck(db),
    useAuthRoutes(auth),
    useExportDownloads(db, auth),
    useBodyLimit(),
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'apollo-require-preflight'] }),
    maxTokensPlugin({ n: limits.tokens, ...reject }),
    maxDepthPlugin({
      n: limits.depth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...reject,
    }),
    maxAliasesPlugin({ n: limits.aliases, ...reject }),
    maxDirectivesPlugin({ n: limits.directives, ...reject }),
    costLimitPlugin({ maxCost: limits.cost, ignoreIntrospection: true, ...reject }),
    useMaxPageSize(limits.pageSize),
  ];
  if (production) plugins.push(useHideSuggestions());
  if (!introspection) plugins.push(useDisableIntrospection());

  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: async ({ request }) => ({
      prisma: db.prisma,
      viewer: await viewerFrom(auth, request.headers),
    }),
    plugins,
    cors: corsFor(webOrigins),
    logging: logger,
    graphiql: graphiql ? { title: 'Attest API', defaultQuery: exampleQueries } : false,
    landingPage: false,
    maskedErrors: {
      // Never dev mode: it would send stack traces to clients.
      isDev: false,
      maskError: (error, message) => {
        const exposed = exposeValidationError(error);
        if (exposed) return exposed;
        const path = error instanceof GraphQLError ? error.path : undefined;
        if (isDatabaseUnavailable(error)) return unavailableError(path);
        const masked = maskError(error, message, false);
        // Yoga keeps errors raised on purpose in resolvers (a GraphQLError all the way down).
        if (masked === error) return masked;
        // The request id lets a user's report find the logged stack.
        return new GraphQLError(masked.message, {
          path,
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: currentRequestId() },
        });
      },
    },
  });
}

export type Api = ReturnType<typeof createApi>;
