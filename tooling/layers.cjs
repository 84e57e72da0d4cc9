// Which workspace packages each one's product code may import: the README's diagram ("What is
// where"), as data. `.dependency-cruiser.cjs` turns it into rules; `check-layers.mjs` checks that
// the diagram says the same and that every allowed import is still made.

/** Tests, benchmarks and config files may also use test helpers and fixtures. */
const TESTS = '(^|/)(test|bench)/|\\.test\\.tsx?$|(^|/)[^/]+\\.config\\.[cm]?ts$';

const MAY_IMPORT = {
  'apps/web': [],
  'apps/ingest': ['env'],
  'apps/api': ['graphql', 'auth', 'db', 'env', 'classroom', 'errors'],
  'packages/graphql': ['classroom', 'collections', 'ingest', 'quiz', 'auth', 'db', 'knowledge', 'errors'],
  'packages/classroom': ['db', 'quiz', 'exchange', 'errors'],
  'packages/collections': ['db', 'knowledge', 'errors'],
  'packages/auth': ['db'],
  // testing: only src/testing.ts, the fixtures other packages' tests open databases with.
  'packages/db': ['knowledge', 'env', 'testing'],
  'packages/exchange': ['quiz'],
  'packages/quiz': ['knowledge'],
  'packages/ingest': ['knowledge'],
  'packages/knowledge': [],
  'packages/env': [],
  'packages/errors': [],
  'packages/testing': [],
};

module.exports = { MAY_IMPORT, TESTS };
