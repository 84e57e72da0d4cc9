// The dependency rules of the README's diagram ("What is where"), checked by `pnpm deps` (part of
// `pnpm test`). Which package may import which is `tooling/layers.cjs`; `tooling/check-layers.mjs`
// fails when the diagram says otherwise or an allowed import is no longer made.

const { MAY_IMPORT, TESTS } = require('./tooling/layers.cjs');

const PURE = '^packages/(quiz|exchange|knowledge|ingest|errors)/';
const DATABASE_DRIVERS = 'node_modules/(@prisma/adapter-pg|pg|@electric-sql/pglite|pglite-prisma-adapter)/';
const TRANSPORT = 'node_modules/(graphql-yoga|@pothos/[^/]+|graphql)/';

const layerRules = Object.entries(MAY_IMPORT).map(([from, allowed]) => ({
  name: `${from.replace('/', '-')}-imports-only-its-layers`,
  comment: `${from} may import ${allowed.length ? allowed.join(', ') : 'no workspace package'} (README, "What is where").`,
  severity: 'error',
  from: { path: `^${from}/`, pathNot: TESTS },
  to: {
    path: '^(packages|apps)/',
    pathNot: `^(${from}|${allowed.map((p) => `packages/${p}`).join('|') || '$^'})/`,
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-package-cycles',
      comment: 'Packages form layers: a package never reaches back to one that depends on it.',
      severity: 'error',
      from: { path: '^(packages|apps)/([^/]+)/' },
      to: { circular: true, pathNot: '^(packages|apps)/$2/' },
    },
    {
      name: 'packages-never-import-apps',
      comment: 'Apps compose packages; a package knows no app.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'web-speaks-graphql-over-http',
      comment: 'The web app is a client of the API: it opens no database and imports no package.',
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: { path: '^(packages|apps/api)/' },
    },
    {
      name: 'pure-packages-stay-pure',
      comment:
        'quiz, exchange, knowledge and ingest take data and give data: no database, no accounts, no GraphQL, no domain with storage.',
      severity: 'error',
      from: { path: PURE, pathNot: TESTS },
      to: {
        path: [
          '^packages/(db|graphql|classroom|collections|auth|testing)/',
          DATABASE_DRIVERS,
          TRANSPORT,
          'node_modules/@prisma/client/',
        ],
      },
    },
    {
      name: 'domain-knows-no-transport',
      comment: 'Domain packages and the database layer are called by the GraphQL layer, never the reverse.',
      severity: 'error',
      from: { path: '^packages/(db|classroom|collections|auth|quiz|exchange|knowledge|ingest|errors)/' },
      to: { path: ['^packages/graphql/', TRANSPORT] },
    },
    {
      name: 'only-db-opens-the-database',
      comment: 'packages/db owns Prisma, its adapters and the drivers; others take its client.',
      severity: 'error',
      from: { pathNot: ['^packages/(db|testing)/'] },
      to: { path: DATABASE_DRIVERS },
    },
    {
      name: 'graphql-served-only-by-the-api',
      comment: 'apps/api is the composition root that serves the schema.',
      severity: 'error',
      from: { path: '^(packages|apps)/', pathNot: ['^packages/graphql/', '^apps/api/'] },
      to: { path: '^packages/graphql/' },
    },
    {
      name: 'test-helpers-stay-in-tests',
      comment: '@attest/testing starts servers for tests and benchmarks; product code never loads it.',
      severity: 'error',
      from: { path: '^(packages|apps)/[^/]+/src/', pathNot: ['^packages/db/src/testing\\.ts$', '^packages/testing/'] },
      to: { path: '^packages/testing/' },
    },
    {
      name: 'declared-dependencies-only',
      comment: 'Every import is declared in its package.json, so installs and turbo see it.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'product-code-not-on-dev-dependencies',
      comment: 'What product code imports must be a dependency, not a devDependency.',
      severity: 'error',
      from: { path: '^(packages|apps)/[^/]+/src/', pathNot: [TESTS, '^packages/db/src/testing\\.ts$'] },
      to: { dependencyTypes: ['npm-dev'], pathNot: 'node_modules/@types/' , dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'resolvable',
      comment: 'Generated code (Prisma client, Pothos types) exists only after `generate`.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: ['/generated/', '/pothos-types$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/generated/', '\\.next/', '(^|/)dist/', '\\.d\\.ts$'] },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    // The web app's config adds its "@/" paths to the shared settings.
    tsConfig: { fileName: `${__dirname}/apps/web/tsconfig.json` },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
