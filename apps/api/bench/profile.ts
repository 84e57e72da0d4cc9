import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { createAuth } from '@attest/auth';
import { applyMigrations, connect, seedKnowledgeBase } from '@attest/db';
import { loadKnowledgeBase } from '@attest/knowledge';
import { createDatabase, startPostgres } from '@attest/testing';
import { createApi } from '../src/index.ts';
import { publishSet } from './graphql-call.ts';
import { jsonHeaders } from './load.ts';
import { questionMaker } from './questions.ts';
import { flowSteps } from './workloads.ts';

// A profiling driver (not part of `pnpm bench`): the API in this process over a throwaway
// PostgreSQL, one workload fired in-process (`api.fetch`, no sockets) by 10 concurrent loops,
// so that `node --cpu-prof` sees the server's work alone. ATTEST_PROFILE=flow|page|search,
// ATTEST_PROFILE_SECONDS (default 5). Prints requests/s and CPU ms per request.
const what = process.env.ATTEST_PROFILE ?? 'flow';
const seconds = Number(process.env.ATTEST_PROFILE_SECONDS ?? '5');
const pg = await startPostgres();
try {
  const url = await createDatabase(pg.url, 'profile');
  let statements = 0;
  const bySql = new Map<string, number>();
  const db = await connect(
    { url, statementTimeoutMs: 5000 },
    {
      onQuery: (sql) => {
        statements++;
        const k = sql.replace(/\s+/g, ' ').slice(0, 90);
        bySql.set(k, (bySql.get(k) ?? 0) + 1);
      },
    },
  );
  await applyMigrations(db.adapter);
  const kb = loadKnowledgeBase();
  await seedKnowledgeBase(db.prisma, kb);
  // The bench's cold search: a question never asked before on each request.
  const question = questionMaker(
    kb.actors.map((a) => a.name),
    kb.predicates.map((p) => p.label),
  );
  const auth = createAuth({
    prisma: db.prisma,
    secret: 'bench-secret-bench-secret-bench-secret',
    baseURL: 'http://127.0.0.1',
    trustedOrigins: ['http://localhost:3000'],
    production: false,
  });
  const api = createApi({
    db,
    auth,
    production: false,
    rateLimits: false,
    responseCache: process.env.ATTEST_PROFILE_CACHE !== 'off',
  });
  const server = createServer(api);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const slug = await publishSet(base);
  const perStep = new Map<string, { cpu: number; n: number }>();
  const post = async (body: string) => {
    const c0 = process.cpuUsage();
    const response = await api.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: jsonHeaders,
      body,
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(text.slice(0, 400));
    const c = process.cpuUsage(c0);
    const name = /"operationName":"(\w+)"/.exec(body)?.[1] ?? 'query';
    const step = perStep.get(name) ?? { cpu: 0, n: 0 };
    step.cpu += (c.user + c.system) / 1000;
    step.n++;
    perStep.set(name, step);
    return text;
  };
  const START =
    'mutation StartAttempt($slug: String!) { startAttempt(slug: $slug) { token maxScore questions { id type options { id } } } }';
  let variant = 0;
  const search = async () => {
    await post(
      JSON.stringify({
        query:
          'query Search($q: String!) { claims(search: $q, first: 10) { edges { node { statement subject { name } evidence { quote start end source { title } } } } } }',
        variables: { q: question(variant++) },
        operationName: 'Search',
      }),
    );
    return 1;
  };
  const once =
    what === 'search'
      ? search
      : what === 'flow'
        ? async () => {
            const started = await post(
              JSON.stringify({ query: START, variables: { slug }, operationName: 'StartAttempt' }),
            );
            for (const step of flowSteps(started)) await post(step.body);
            return 3;
          }
        : async () => {
            // A variable the operation doesn't declare (ignored by execution): the response cache
            // misses, and the parsed and validated document is reused, as for a real client.
            await post(
              JSON.stringify({
                query: `{ claims(first: 50) { edges { node { statement subject { name } evidence { quote start end source { title } } } } } }`,
                variables: { nonce: variant++ },
              }),
            );
            return 1;
          };
  for (let i = 0; i < 20; i++) await once();
  const profileTo = process.env.ATTEST_PROFILE_OUT;
  const session = new Session();
  if (profileTo) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const statements0 = statements;
  bySql.clear();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let done = 0;
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: Number(process.env.ATTEST_PROFILE_CONNECTIONS ?? '10') }, async () => {
      while (performance.now() < end) {
        const n = await once();
        done += n;
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (profileTo) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileTo, JSON.stringify(profile));
  }
  console.log(
    `${what}: ${done} requests, ${(done / elapsed).toFixed(0)} req/s, ${((cpu.user + cpu.system) / 1000 / done).toFixed(2)} CPU ms/req, ${((statements - statements0) / done).toFixed(1)} statements/req`,
  );
  for (const [name, s] of perStep)
    console.log(
      `  ${name}: ${(s.cpu / s.n).toFixed(2)} CPU ms (in flight, single connection: own)`,
    );
  if (process.env.ATTEST_PROFILE_SQL)
    for (const [k, n] of [...bySql].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(n, k);
  server.close();
  await db.close();
} finally {
  pg.stop();
}
