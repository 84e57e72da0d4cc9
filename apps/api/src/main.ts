import { createServer } from 'node:http';
import { createAuth } from '@attest/auth';
import { openDatabase } from '@attest/db';
import { readEnv } from '@attest/env';
import { warmQuiz, warmSearch } from '@attest/graphql';
import { authSecret } from './auth-secret.ts';
import { createApi } from './yoga.ts';

// Starts the API: opens (migrates, seeds) the database, then serves /graphql and /healthz.
const env = readEnv();
const db = await openDatabase(env);
const production = env.NODE_ENV === 'production';
const auth = createAuth({
  prisma: db.prisma,
  secret: authSecret(env),
  baseURL: env.ATTEST_API_URL ?? `http://localhost:${env.API_PORT}`,
  trustedOrigins: env.ATTEST_WEB_ORIGINS,
  production,
});
const api = createApi({
  db,
  auth,
  production,
  graphiql: env.ATTEST_GRAPHIQL,
  introspection: env.ATTEST_INTROSPECTION,
  webOrigins: env.ATTEST_WEB_ORIGINS,
  trustedProxies: env.ATTEST_TRUSTED_PROXIES,
});

const server = createServer((req, res) => {
  // A body of unknown length cannot be checked against the limit before it is read.
  if (req.method === 'POST' && req.headers['content-length'] === undefined) {
    res.writeHead(411, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        errors: [{ message: 'Send a Content-Length header with the request body.' }],
      }),
    );
    return;
  }
  api(req, res);
});

server.listen(env.API_PORT, env.ATTEST_API_HOST, () => {
  const database =
    db.kind === 'pglite' ? `embedded PGlite in ${env.ATTEST_DATA_DIR}` : 'PostgreSQL';
  const host = env.ATTEST_API_HOST.includes(':') ? `[${env.ATTEST_API_HOST}]` : env.ATTEST_API_HOST;
  console.log(`Attest API on http://${host}:${env.API_PORT}/graphql (${database})`);
  // A request that comes first only waits for what is not warm yet; a search meanwhile runs in
  // SQL.
  warmQuiz(db.prisma)
    .catch((error: unknown) => console.error('Could not warm the quiz:', error))
    .then(() => warmSearch(db.prisma))
    .catch((error: unknown) => console.error('Could not warm search:', error));
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close();
  void db.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
