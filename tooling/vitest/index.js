// Plain JavaScript with a .d.ts beside it: Vite loads config files with Node, which cannot
// import a workspace package's TypeScript.
import { defineConfig, mergeConfig } from 'vitest/config';

/** A package whose tests need nothing but themselves (quiz, exchange, knowledge, ingest). */
export const pureConfig = defineConfig({ test: { include: ['test/**/*.test.ts'] } });

/**
 * A package whose tests use the databases: @attest/testing starts one PostgreSQL for the run
 * (tests read its URL with `inject('postgresUrl')`), and a test may seed or migrate for a while.
 */
export const databaseConfig = mergeConfig(pureConfig, {
  test: {
    globalSetup: ['@attest/testing/postgres-setup'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

/** A package whose tests run the API in-process (apps/api, and the ingest CLI against it). */
export const apiServerConfig = mergeConfig(databaseConfig, {
  // graphql-armor's "module" build, so it shares the ESM graphql the rest of the suite loads.
  resolve: { mainFields: ['module', 'main'] },
  test: {
    // graphql must load once, or "Cannot use GraphQLSchema from another module or realm".
    server: {
      deps: {
        inline: [/@pothos\//, /graphql-yoga/, /@graphql-tools\//, /@envelop\//, /@escape\.tech\//],
      },
    },
  },
});
