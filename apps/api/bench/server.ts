import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { createAuth } from '@attest/auth';
import { applyMigrations, connect, seedKnowledgeBase } from '@attest/db';
import { warmQuiz, warmSearch } from '@attest/graphql';
import { loadKnowledgeBase } from '@attest/knowledge';
import { scaleKnowledgeBase } from '@attest/knowledge/scale';
import type { ExecutionResult } from 'graphql';
import { createApi } from '../src/index.ts';
import { createCeiling } from './ceiling.ts';
import type { FromParent, Role, ToParent } from './protocol.ts';

// One server of the benchmark, in a process of its own so that its CPU time and memory are its
// own (the load comes from the parent). The parent forks it with a role and talks over IPC.
const role = JSON.parse(process.argv[2] ?? '{}') as Role;
// A folder for heap snapshots (bench/heap-summary.ts reads them), or none.
const snapshots = process.env.ATTEST_BENCH_HEAP_SNAPSHOTS;
let statements = 0;
let served = 0;
let active = 0;
const send = (message: ToParent) => process.send?.(message);

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * Listens on a free loopback port, counting requests (received, not yet answered); `handler`
 * refuses bodies without a length as src/main.ts does. `attach` adds a framework's own handler.
 */
async function serve(
  handler?: Handler,
  attach?: (server: Server) => Promise<void>,
): Promise<string> {
  const server: Server = createServer();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    served++;
    active++;
    res.once('close', () => active--);
    if (!handler) return;
    if (req.method === 'POST' && req.headers['content-length'] === undefined) {
      res.writeHead(411).end();
      return;
    }
    void handler(req, res);
  });
  await attach?.(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

/** The API as `pnpm start` builds it (src/main.ts), with the rate limits off. */
async function startAttest(kind: 'pglite' | 'postgres', url: string, size: number) {
  const onQuery = () => statements++;
  const db =
    kind === 'pglite'
      ? await connect({}, { onQuery })
      : await connect({ url, statementTimeoutMs: 5000 }, { onQuery });
  if (kind === 'pglite') {
    await applyMigrations(db.adapter);
    await seedKnowledgeBase(db.prisma, scaleKnowledgeBase(loadKnowledgeBase(), size));
  }
  const auth = createAuth({
    prisma: db.prisma,
    secret: 'bench-secret-bench-secret-bench-secret',
    baseURL: 'http://127.0.0.1',
    trustedOrigins: ['http://localhost:3000'],
    production: false,
  });
  // The bench's one loopback client would spend the per-address budget in a second.
  const api = createApi({ db, auth, production: false, rateLimits: false });
  const address = await serve(api);
  // As src/main.ts warms them at start.
  await warmQuiz(db.prisma);
  await warmSearch(db.prisma);
  return address;
}

/** The ceilings: a bare Yoga with the stored results, and node:http writing the stored bytes. */
async function startCeilings() {
  const results = new Map<string, ExecutionResult>();
  const bytes = new Map<string, Buffer>();
  const yoga = await serve(createCeiling(results));
  const http = await serve((req, res) => {
    // The body is read to its end, as any server must, then the stored bytes are written.
    req.resume();
    req.on('end', () => {
      const body = bytes.get(String(req.headers['x-bench-operation']));
      if (!body) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
  });
  return { yoga, http, results, bytes };
}

async function main() {
  let store: ((responses: Record<string, string>) => void) | undefined;
  let urls: Record<string, string>;
  if (role.name === 'ceilings') {
    const c = await startCeilings();
    urls = { yoga: c.yoga, http: c.http };
    store = (responses) => {
      for (const [name, text] of Object.entries(responses)) {
        c.results.set(name, JSON.parse(text) as ExecutionResult);
        c.bytes.set(name, Buffer.from(text));
      }
    };
  } else if (role.name === 'postgraphile') {
    const { addPostGraphile } = await import('@attest/bench-peer');
    urls = { postgraphile: await serve(undefined, (server) => addPostGraphile(server, role.url)) };
  } else {
    urls = { [role.name]: await startAttest(role.kind, role.url, role.size) };
  }
  process.on('message', (message: FromParent) => {
    if (message.type === 'store') store?.(message.responses);
    // A full collection first (forked with --expose-gc), so heapUsed is what is still held; the
    // usage is read before a snapshot is written, which leaves hundreds of MB of RSS behind.
    if (message.type === 'snapshot') (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    if (message.type === 'snapshot' && snapshots)
      writeHeapSnapshot(join(snapshots, `${role.name}-${message.label}.heapsnapshot`));
    send({
      type: 'usage',
      id: message.id,
      cpuMicros: (({ user, system }) => user + system)(process.cpuUsage()),
      statements,
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      heapTotal: memory.heapTotal,
      external: memory.external,
      arrayBuffers: memory.arrayBuffers,
      served,
      active,
    });
  });
  // The bench ended (or failed) without stopping this server: nothing else will.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', urls });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
