import { type Auth, viewerFrom } from '@attest/auth';
import { createSetCache, MAX_QUESTIONS_PER_SET, type SetToStart } from '@attest/classroom';
import type { Database } from '@attest/db';
import { type Context, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, schema, unlimited } from '@attest/graphql';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type Plugin } from 'graphql-yoga';
import { quotasFor } from './attempt-quota.ts';
import { authGuard } from './auth-limits.ts';
import { useAuthRoutes } from './auth-routes.ts';
import { MAX_BODY_BYTES, useBodyLimit, useStreamedBodyLimit } from './body-limit.ts';
import { clientAddressResolver, type PeerContext } from './client-address.ts';
import { useCompiledReads } from './compiled-reads.ts';
import { corsFor } from './cors.ts';
import { exampleQueries } from './examples.ts';
import { useExportDownloads } from './export-routes.ts';
import { useGraphQLBudget } from './graphql-budget.ts';
import { useHealthCheck } from './health.ts';
import { useHideSuggestions } from './hide-suggestions.ts';
import { type InputLimits, useInputLimits } from './input-limits.ts';
import { useJsonParamCheck } from './json-params.ts';
import { useKnowledgeFreshness } from './knowledge-freshness.ts';
import { databaseLimiter } from './limiter.ts';
import { createLogger, type Logger } from './logger.ts';
import { maskApiError } from './mask-error.ts';
import { useMaxPageSize } from './page-size.ts';
import { defaultRateLimits, type RateLimits } from './rate-limits.ts';
import { useRequestId } from './request-id.ts';
import { type ResponseCacheBounds, useAnonymousResponseCache } from './response-cache.ts';

export interface ApiOptions {
  db: Pick<Database, 'prisma' | 'kind' | 'onChange' | 'heardUpToNow' | 'readSql'>;
  /** Accounts and sessions (see @attest/auth), over the same database. */
  auth: Auth;
  /** Production hides GraphiQL, introspection and field suggestions unless enabled below. */
  production: boolean;
  graphiql?: boolean;
  introspection?: boolean;
  /** Browser origins allowed to call the API with credentials (CORS); none others are. */
  webOrigins?: readonly string[];
  logger?: Logger;
  /**
   * Rate limits and quotas, counted in the database (on by default, with defaultRateLimits);
   * given windows replace the defaults', `false` turns all of them off.
   */
  rateLimits?: Partial<RateLimits> | false;
  /** Proxies (IPs, CIDR blocks) whose X-Forwarded-For names the client. Default none. */
  trustedProxies?: string[];
  /**
   * Keep anonymous responses until the knowledge base changes (see response-cache.ts). Default
   * on, with its default bounds; an object sets them (tests).
   */
  responseCache?: boolean | ResponseCacheBounds;
  /** Answer anonymous plain claim pages in one JSON-building statement (compiled-reads.ts). Default on. */
  compiledReads?: boolean;
}

/** The context the API builds: the schema's, and the client address it was counted against. */
type ApiContext = Context & { clientAddress: string };

/** Query limits: generous for any real client of this schema, cheap to check. */
export const limits = {
  depth: 10,
  aliases: 15,
  tokens: 2000,
  directives: 20,
  cost: 20_000,
  /** The page-size rule is @attest/graphql's; here for the checks that read these limits. */
  pageSize: MAX_PAGE_SIZE,
  input: {
    stringLength: 1_000,
    // The search SQL's cost grows with the length of what is typed: a question fits in 300.
    searchLength: 300,
    listLength: 100,
    // As long as the domain allows (it refuses longer with its own message), or the body can carry.
    stringLengthOf: {
      'Mutation.importGift(gift:)': 200_000,
      // addSource refuses a text (or a page's article) over MAX_SOURCE_CHARACTERS itself.
      'AddSourceInput.text': MAX_BODY_BYTES,
      'AddSourceInput.url': 2_000,
      // extractDrafts refuses a text over MAX_SOURCE_CHARACTERS itself, with its own message.
      'Query.extractDrafts(text:)': MAX_BODY_BYTES,
      // A knowledge base's files: its texts and YAML, as Collection.files gives them.
      'KnowledgeFileInput.content': MAX_BODY_BYTES,
      'SetQuestionInput.explanation': 4_000,
      'Mutation.createQuestionSet(description:)': 2_000,
      'Mutation.updateQuestionSet(description:)': 2_000,
      // A class list, one learner a line; the domain refuses over 200,000 itself.
      'QuestionSetSettingsInput.roster': 200_000,
      'CreateCollectionInput.description': 2_000,
      'UpdateCollectionInput.description': 2_000,
      // A review draft's edits as JSON; saveDraftDecision refuses over 5,000 itself.
      'Mutation.saveDraftDecision(edits:)': 5_000,
    },
    // A set holds up to MAX_QUESTIONS_PER_SET questions, all of which these may list.
    listLengthOf: {
      'Mutation.addGeneratedQuestions(questionIds:)': MAX_QUESTIONS_PER_SET,
      'Mutation.reorderQuestions(questionIds:)': MAX_QUESTIONS_PER_SET,
      'Mutation.submitAnswers(answers:)': MAX_QUESTIONS_PER_SET,
      'Mutation.importKnowledge(files:)': 1_000,
    },
  } satisfies InputLimits,
};

export function createApi({
  db,
  auth,
  production,
  graphiql = !production,
  introspection = !production,
  webOrigins = ['http://localhost:3000'],
  logger = createLogger(),
  rateLimits = {},
  trustedProxies = [],
  responseCache = true,
  compiledReads = true,
}: ApiOptions) {
  const reject = { propagateOnRejection: true, exposeLimits: true };
  const clientOf = clientAddressResolver(trustedProxies);
  const limiters = rateLimits === false ? null : openLimiters(db, rateLimits);
  // Published sets, so that starting an attempt reads nothing (checked as it writes).
  const sets = createSetCache<SetToStart>(db.onChange);
  const plugins: Plugin[] = [
    useRequestId(),
    useHealthCheck(db),
    // Before the auth routes: the sign-in limit reads the body, so its size is checked first.
    useBodyLimit(),
    useAuthRoutes(auth, limiters ? { guard: authGuard(limiters), clientOf } : undefined),
    useExportDownloads(db, auth),
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
    // Fragments flattened: a shared selection written once costs what it would written in place.
    costLimitPlugin({
      maxCost: limits.cost,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...reject,
    }),
    useMaxPageSize(),
    useInputLimits(limits.input),
  ];
  // After the checks (a cached answer came from a request that passed them), before the budget:
  // a hit ends the request before execution, so it costs no points (see graphql-budget.ts).
  if (responseCache)
    plugins.push(useAnonymousResponseCache(db, responseCache === true ? {} : responseCache));
  plugins.push(useKnowledgeFreshness(db));
  if (limiters)
    plugins.push(
      useGraphQLBudget(
        { perClient: limiters.graphqlPerClient, perAccount: limiters.graphqlPerAccount },
        { defaultPageSize: DEFAULT_PAGE_SIZE, maxPageSize: limits.pageSize },
        { exemptLoopback: !production },
      ),
    );
  if (production) plugins.push(useHideSuggestions());
  if (!introspection) plugins.push(useDisableIntrospection());
  // Last: it replaces execution for the reads it knows, once every check has passed.
  if (compiledReads) plugins.push(useCompiledReads(db.readSql));
  // Yoga's own body-size check, but counting only bodies without a length (body-limit.ts).
  plugins.push(useStreamedBodyLimit());

  return createYoga<PeerContext, ApiContext>({
    schema,
    context: async ({ request, ...peer }): Promise<ApiContext> => {
      const viewer = await viewerFrom(auth, request.headers);
      const clientAddress = clientOf(request, peer);
      const quotas = limiters
        ? quotasFor(
            {
              perLinkAndClient: limiters.attemptsPerLinkAndClient,
              perLinkAndAccount: limiters.attemptsPerLinkAndAccount,
            },
            clientAddress,
            viewer,
          )
        : unlimited;
      return { prisma: db.prisma, viewer, quotas, clientAddress, sets };
    },
    plugins,
    // Replaced by useStreamedBodyLimit (same answers, no stream per request).
    maxRequestBodySize: false,
    cors: corsFor(webOrigins),
    logging: logger,
    graphiql: graphiql ? { title: 'Attest API', defaultQuery: exampleQueries } : false,
    landingPage: false,
    maskedErrors: {
      // Never dev mode: it would send stack traces to clients.
      isDev: false,
      maskError: maskApiError,
    },
  });
}

/** One database counter per limit; the first also sweeps expired rows for all of them. */
function openLimiters(db: Pick<Database, 'prisma'>, overrides: Partial<RateLimits>) {
  const settings = { ...defaultRateLimits, ...overrides };
  const names = Object.keys(settings) as (keyof RateLimits)[];
  return Object.fromEntries(
    names.map((name, i) => [
      name,
      databaseLimiter(db.prisma, name, settings[name], { sweep: i === 0 }),
    ]),
  ) as Record<keyof RateLimits, ReturnType<typeof databaseLimiter>>;
}

export type Api = ReturnType<typeof createApi>;
