import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql-armor's "module" build, so it shares the ESM graphql the rest of the suite loads.
  resolve: { mainFields: ['module', 'main'] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['@attest/testing/postgres-setup'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // graphql must load once, or "Cannot use GraphQLSchema from another module or realm".
    server: {
      deps: {
        inline: [/@pothos\//, /graphql-yoga/, /@graphql-tools\//, /@envelop\//, /@escape\.tech\//],
      },
    },
  },
});
