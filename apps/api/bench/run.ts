import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuth } from '@attest/auth';
import { applyMigrations, connect, seedKnowledgeBase } from '@attest/db';
import { loadKnowledgeBase } from '@attest/knowledge';
import autocannon from 'autocannon';
import { type ExecutionResult, getOperationAST, parse } from 'graphql';
import { createApi } from '../src/index.ts';
import { createCeiling } from './ceiling.ts';
import { type Operation, operations } from './operations.ts';
import { header, type Measure, type Row, table } from './report.ts';

// The API benchmark: the production API over in-memory PGlite holding the curated knowledge
// base, against a ceiling that answers the same operations from memory. No thresholds.
const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;
const SECONDS = 8;
const headers = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
};

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

interface Endpoint {
  server: Server;
  url: string;
  /** Requests started and requests being handled. */
  served: number;
  active: number;
}

/** Serves `handler` on a free loopback port, refusing bodies without a length as main.ts does. */
async function serve(handler: Handler): Promise<Endpoint> {
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.headers['content-length'] === undefined) {
      res.writeHead(411).end();
      return;
    }
    endpoint.served++;
    endpoint.active++;
    res.once('close', () => endpoint.active--);
    void handler(req, res);
  });
  const endpoint: Endpoint = { server, url: '', served: 0, active: 0 };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  endpoint.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return endpoint;
}

/** Waits until the requests autocannon left in flight are answered. */
async function drained(endpoint: Endpoint) {
  while (endpoint.active > 0) await new Promise((resolve) => setTimeout(resolve, 10));
}

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** One operation over HTTP; fails unless it answers 200 with data and no errors. */
async function call(
  url: string,
  op: Operation,
): Promise<{ text: string; result: ExecutionResult }> {
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: op.query }),
  });
  const text = await response.text();
  const result = JSON.parse(text) as ExecutionResult;
  const items = result.data ? op.items(result.data) : 0;
  if (response.status !== 200 || result.errors || !(items > 0))
    throw new Error(
      `${op.name} at ${url}: HTTP ${response.status}, ${items} items: ${text.slice(0, 500)}`,
    );
  return { text, result };
}

let statements = 0;
/** Warm-up, then a measured run; fails on any error, timeout or non-2xx answer. */
async function measure(endpoint: Endpoint, op: Operation): Promise<Measure & { sql: number }> {
  const options = {
    url: endpoint.url,
    method: 'POST' as const,
    headers,
    body: JSON.stringify({ query: op.query }),
    connections: CONNECTIONS,
    // The requests come from a worker thread: the main thread only serves.
    workers: 1,
  };
  await autocannon({ ...options, duration: WARMUP_SECONDS });
  await drained(endpoint);
  const [sqlBefore, servedBefore] = [statements, endpoint.served];
  const result = await autocannon({ ...options, duration: SECONDS });
  await drained(endpoint);
  const { errors, timeouts, non2xx, requests, latency } = result;
  if (errors || timeouts || non2xx)
    throw new Error(`${op.name}: ${errors} errors, ${timeouts} timeouts, ${non2xx} non-2xx`);
  return {
    rps: requests.average,
    p50: latency.p50,
    p99: latency.p99,
    sql: (statements - sqlBefore) / (endpoint.served - servedBefore),
  };
}

const db = await connect({}, { onQuery: () => statements++ });
const servers: Server[] = [];
try {
  await applyMigrations(db.adapter);
  const kb = loadKnowledgeBase();
  const seeded = await seedKnowledgeBase(db.prisma, kb);
  const { sources, actors, claims, evidence } = seeded.counts;
  console.log(
    header(
      `autocannon, ${CONNECTIONS} connections from a worker thread, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s per operation and server, 127.0.0.1`,
      `curated knowledge base: ${sources} sources, ${actors} actors, ${claims} claims, ${evidence} evidence`,
    ),
  );

  const auth = createAuth({
    prisma: db.prisma,
    secret: 'bench-secret-bench-secret-bench-secret',
    baseURL: 'http://127.0.0.1',
    production: true,
  });
  // The points budget stays on, so its cost is measured, but raised: autocannon is one client.
  const rateLimits = { graphqlPerClient: { points: 1_000_000_000, seconds: 60 } };
  const api = await serve(createApi({ db, auth, production: true, rateLimits }));
  servers.push(api.server);
  const ops = await operations(db);
  const stored = new Map<string, ExecutionResult>();
  const checked = new Map<Operation, { text: string; sql: number }>();
  for (const op of ops) {
    statements = 0;
    const { text, result } = await call(api.url, op);
    if (statements === 0) throw new Error(`${op.name}: no SQL statement counted for one request`);
    checked.set(op, { text, sql: statements });
    const name = getOperationAST(parse(op.query))?.name?.value;
    if (!name) throw new Error(`${op.name}: the document needs an operation name`);
    stored.set(name, result);
  }

  const ceiling = await serve(createCeiling(stored));
  servers.push(ceiling.server);
  const rows: Row[] = [];
  for (const op of ops) {
    const { text, sql } = checked.get(op) ?? { text: '', sql: 0 };
    if ((await call(ceiling.url, op)).text !== text)
      throw new Error(`${op.name}: the ceiling's response differs from the API's`);
    console.error(`measuring ${op.name}…`);
    const measured = await measure(api, op);
    const roof = await measure(ceiling, op);
    if (roof.sql !== 0) throw new Error(`${op.name}: the ceiling sent SQL`);
    rows.push({
      name: op.name,
      api: measured,
      ceiling: roof,
      sql,
      sqlPerRequestInRun: measured.sql,
    });
  }
  console.log(`\n${table(rows)}`);
} finally {
  await Promise.all(servers.map(stop));
  await db.close();
}
