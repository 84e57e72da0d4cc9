import { type Auth, viewerFrom } from '@attest/auth';
import { MAX_QUESTIONS_PER_SET } from '@attest/classroom';
import type { Database } from '@attest/db';
import { type Context, schema } from '@attest/graphql';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type Plugin } from 'graphql-yoga';
import { useAuthRoutes } from './auth-routes.ts';
import { MAX_BODY_BYTES, useBodyLimit } from './body-limit.ts';
import { exampleQueries } from './examples.ts';
import { useExportDownloads } from './export-routes.ts';
import { useHealthCheck } from './health.ts';
import { useHideSuggestions } from './hide-suggestions.ts';
import { type InputLimits, useInputLimits } from './input-limits.ts';
import { useJsonParamCheck } from './json-params.ts';
import { maskApiError } from './mask-error.ts';
import { useMaxPageSize } from './page-size.ts';

export interface ApiOptions {
  db: Pick<Database, 'prisma' | 'kind'>;
  /** Accounts and sessions (see @attest/auth), over the same database. */
  auth: Auth;
  /** Production hides GraphiQL, introspection and field suggestions unless enabled below. */
  production: boolean;
  graphiql?: boolean;
  introspection?: boolean;
}

/** Query limits: generous for any real client of this schema, cheap to check. */
export const limits = {
  depth: 10,
  aliases: 15,
  tokens: 2000,
  directives: 20,
  cost: 20_000,
  pageSize: 100,
  input: {
    stringLength: 1_000,
    // The search SQL's cost grows with the length of what is typed: a question fits in 300.
    searchLength: 300,
    listLength: 100,
    // As long as the domain allows (it refuses longer with its own message), or the body can carry.
    stringLengthOf: {
      'Mutation.importGift(gift:)': MAX_BODY_BYTES,
      'SetQuestionInput.explanation': 4_000,
      'Mutation.createQuestionSet(description:)': 2_000,
      'Mutation.updateQuestionSet(description:)': 2_000,
    },
    // A set holds up to MAX_QUESTIONS_PER_SET questions, all of which these may list.
    listLengthOf: {
      'Mutation.addGeneratedQuestions(questionIds:)': MAX_QUESTIONS_PER_SET,
      'Mutation.reorderQuestions(questionIds:)': MAX_QUESTIONS_PER_SET,
      'Mutation.submitAnswers(answers:)': MAX_QUESTIONS_PER_SET,
    },
  } satisfies InputLimits,
};

export function createApi({
  db,
  auth,
  production,
  graphiql = !production,
  introspection = !production,
}: ApiOptions) {
  const reject = { propagateOnRejection: true, exposeLimits: true };
  const plugins: Plugin[] = [
    useHealthCheck(db),
    useAuthRoutes(auth),
    useExportDownloads(db, auth),
    useBodyLimit(),
    useJsonParamCheck(),
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
    useInputLimits(limits.input),
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
    graphiql: graphiql ? { title: 'Attest API', defaultQuery: exampleQueries } : false,
    landingPage: false,
    maskedErrors: {
      // Never dev mode: it would send stack traces to clients.
      isDev: false,
      maskError: maskApiError,
    },
  });
}

export type Api = ReturnType<typeof createApi>;
