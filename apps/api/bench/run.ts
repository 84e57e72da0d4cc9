import { isDeepStrictEqual } from 'node:util';
import { applyMigrations, connect, type Database, seedKnowledgeBase } from '@attest/db';
import { loadKnowledgeBase } from '@attest/knowledge';
import { scaleKnowledgeBase } from '@attest/knowledge/scale';
import { createDatabase, type PostgresServer, startPostgres } from '@attest/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { CHANGE_KINDS, type ChangeKind, changeToQuiz } from './change-to-quiz.ts';
import { call, publishSet } from './graphql-call.ts';
import { CONNECTIONS, type Load, percentile, run, type Span } from './load.ts';
import { type ServerProcess, startServer, type Usage } from './processes.ts';
import { type MemoryRow, machine, memoryTable, type Row, table } from './report.ts';
import {
  flowSteps,
  type KnowledgeFacts,
  WORKLOAD_KEYS,
  type Workload,
  workloads,
} from './workloads.ts';

// The API benchmark (issue 18): Attest on PGlite and on PostgreSQL, PostGraphile v5 on the same
// PostgreSQL, and two ceilings, for each data size. Each server runs in a process of its own;
// this process only sends the load (autocannon) and reads the counters. No thresholds.

function settings() {
  const sizes = (process.env.ATTEST_BENCH_SIZES ?? '1,10,100').split(',').map((s) => s.trim());
  const seconds = Number(process.env.ATTEST_BENCH_SECONDS ?? '3');
  const warmup = Number(process.env.ATTEST_BENCH_WARMUP_SECONDS ?? '3');
  for (const size of sizes)
    if (!/^[1-9]\d{0,3}$/.test(size))
      throw new Error(
        `ATTEST_BENCH_SIZES must list copies of the corpus, e.g. "1,10,100"; "${size}" is not one.`,
      );
  if (!(seconds >= 1 && seconds <= 600))
    throw new Error(
      `ATTEST_BENCH_SECONDS must be a number of seconds from 1 to 600, not "${process.env.ATTEST_BENCH_SECONDS}".`,
    );
  if (!(warmup >= 1 && warmup <= 600))
    throw new Error(
      `ATTEST_BENCH_WARMUP_SECONDS must be a number of seconds from 1 to 600, not "${process.env.ATTEST_BENCH_WARMUP_SECONDS}".`,
    );
  // Empty: every workload; else their keys (workloads.ts), e.g. "page-cold,page-warm".
  const operations = (process.env.ATTEST_BENCH_OPERATIONS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const key of operations)
    if (!WORKLOAD_KEYS.includes(key) && key !== CHANGE_KEY)
      throw new Error(
        `ATTEST_BENCH_OPERATIONS lists workloads by key (${[...WORKLOAD_KEYS, CHANGE_KEY].join(', ')}); "${key}" is not one.`,
      );
  return { sizes: sizes.map(Number), seconds, warmup, operations };
}

/** The key of the quiz-after-a-change measurement (change-to-quiz.ts), after the workloads. */
const CHANGE_KEY = 'change';
/** Claims written one after the other in it. */
const CHANGES = 5;
const { sizes, seconds: SECONDS, warmup: WARMUP_SECONDS, operations: OPERATIONS } = settings();
/** The measured seconds of each server are split into rounds that alternate between servers. */
const ROUNDS = 2;
const started = Date.now();
const progress = (message: string) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

interface Target {
  server: string;
  url: string;
  process: ServerProcess;
  load: Load;
  /** How its SQL statements are counted: Prisma's query events, PostgreSQL's statistics, none. */
  sql: 'prisma' | 'postgres' | null;
}

/** Usage once the requests autocannon left in flight are answered. */
async function settled(server: ServerProcess): Promise<Usage> {
  for (;;) {
    const usage = await server.usage();
    if (usage.active === 0) return usage;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** pg_stat_statements' count of statements run in the bench database (all clients). */
function statementCounter(admin: Database) {
  const read = async () => {
    const [row] = await admin.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT coalesce(sum(calls), 0)::bigint AS n FROM bench.pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    return Number(row?.n ?? 0);
  };
  return { read };
}

async function measure(
  workload: Workload,
  targets: Target[],
  stats: () => Promise<number>,
  readCost: number,
) {
  const operation = workload.operations[0] ?? '';
  // A server too slow to answer a few requests per connection in a round's time gets rounds
  // of a number of requests instead (the minimum is a multiple of the learner flow's three).
  const connections = workload.connections ?? CONNECTIONS;
  const minimum = 3 * connections;
  const spans: Span[] = [];
  for (const t of targets) {
    const warm = await run(t.url, operation, t.load, { seconds: WARMUP_SECONDS }, connections);
    const expected = (warm.responses / warm.seconds) * (SECONDS / ROUNDS);
    spans.push(expected >= minimum ? { seconds: SECONDS / ROUNDS } : { amount: minimum });
  }
  const totals = targets.map(() => ({
    latencies: [] as number[],
    responses: 0,
    seconds: 0,
    cpu: 0,
    served: 0,
    sql: 0,
  }));
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, t] of targets.entries()) {
      const total = totals[i];
      if (!total) continue;
      const before = await settled(t.process);
      const sqlBefore = t.sql === 'postgres' ? await stats() : 0;
      const result = await run(
        t.url,
        operation,
        t.load,
        spans[i] ?? { seconds: SECONDS / ROUNDS },
        connections,
      );
      const after = await settled(t.process);
      const sqlAfter = t.sql === 'postgres' ? await stats() : 0;
      for (const latency of result.latencies) total.latencies.push(latency);
      total.responses += result.responses;
      total.seconds += result.seconds;
      total.cpu += after.cpuMicros - before.cpuMicros;
      total.served += after.served - before.served;
      total.sql +=
        t.sql === 'postgres'
          ? sqlAfter - sqlBefore - readCost
          : t.sql === 'prisma'
            ? after.statements - before.statements
            : 0;
    }
  return targets.map((t, i) => {
    const total = totals[i] ?? {
      latencies: [],
      responses: 0,
      seconds: 1,
      cpu: 0,
      served: 1,
      sql: 0,
    };
    const sorted = total.latencies.sort((a, b) => a - b);
    return {
      server: t.server,
      rps: total.responses / total.seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      sql: t.sql === null ? null : total.sql / total.served,
      cpuMs: total.cpu / 1000 / total.served,
    };
  });
}

function same(what: string, a: unknown, b: unknown) {
  if (!isDeepStrictEqual(a, b))
    throw new Error(
      `${what}: the answers differ.\n  ${JSON.stringify(a).slice(0, 600)}\n  ${JSON.stringify(b).slice(0, 600)}`,
    );
}

/** One Attest server's sample answers, the learner flow's later steps included. */
async function samples(workload: Workload, url: string, slug: string) {
  const answers: { operation: string; text: string; values: unknown }[] = [];
  const pending = workload.samples({ slug });
  for (let next = pending.shift(); next; next = pending.shift()) {
    const { text, data } = await call(url, next.body);
    answers.push({
      operation: next.operation,
      text,
      values: workload.values(next.operation, data),
    });
    if (next.operation === 'StartAttempt') pending.push(...flowSteps(text));
  }
  return answers;
}

async function benchSize(pg: PostgresServer, ceilings: ServerProcess, size: number) {
  const kb = scaleKnowledgeBase(loadKnowledgeBase(), size);
  const evidence = kb.claims.reduce((n, c) => n + c.evidence.length, 0);
  const data = `${size}× the corpus: ${kb.sources.length} sources, ${kb.actors.length} actors, ${kb.claims.length} claims, ${evidence} evidence`;
  progress(`${data}: seeding PGlite (in its server process) and PostgreSQL…`);
  const servers: ServerProcess[] = [];
  const pglitePending = startServer({ name: 'attest-pglite', kind: 'pglite', url: '', size });
  pglitePending.then(
    (s) => servers.push(s),
    () => {},
  );
  const url = await createDatabase(pg.url, `bench_${size}`);
  const admin = await connect({ url });
  try {
    await admin.prisma.$executeRawUnsafe('CREATE SCHEMA bench');
    await admin.prisma.$executeRawUnsafe('CREATE EXTENSION pg_stat_statements SCHEMA bench');
    await applyMigrations(admin.adapter);
    await seedKnowledgeBase(admin.prisma, kb);
    await admin.prisma.$executeRawUnsafe('ANALYZE');
    progress(`${size}×: PostgreSQL seeded; starting Attest on it and PostGraphile…`);
    const onPostgres = await startServer({ name: 'attest-postgres', kind: 'postgres', url, size });
    servers.push(onPostgres);
    const peer = await startServer({ name: 'postgraphile', url });
    servers.push(peer);
    const onPGlite = await pglitePending;
    progress(`${size}×: all servers up (the quiz warmed); publishing a set on each Attest server…`);
    const attestUrl = {
      pglite: onPGlite.urls['attest-pglite'] ?? '',
      postgres: onPostgres.urls['attest-postgres'] ?? '',
    };
    const slugs = {
      pglite: await publishSet(attestUrl.pglite),
      postgres: await publishSet(attestUrl.postgres),
    };

    const [top] = await admin.prisma.$queryRawUnsafe<{ id: string; name: string }[]>(
      `SELECT a.id, a.name FROM "Claim" c JOIN "Actor" a ON a.id = c."subjectId"
       GROUP BY a.id, a.name ORDER BY count(*) DESC, a.id LIMIT 1`,
    );
    if (!top) throw new Error('The database holds no claims: nothing to benchmark.');
    const known = (
      await call(
        attestUrl.postgres,
        JSON.stringify({
          query: '{ predicates { label } actors(first: 100) { edges { node { name } } } }',
        }),
      )
    ).data as { predicates: { label: string }[]; actors: { edges: { node: { name: string } }[] } };
    const facts: KnowledgeFacts = {
      actor: { globalId: encodeGlobalID('Actor', top.id), rowId: top.id, name: top.name },
      names: known.actors.edges.map((e) => e.node.name),
      labels: known.predicates.map((p) => p.label),
    };
    const counter = statementCounter(admin);
    // Reading the counter is a statement too: counted once between two reads.
    const readCost = -((await counter.read()) - (await counter.read()));

    const rows: Row[] = [];
    const memoryRows: MemoryRow[] = [];
    const attestServers: [string, ServerProcess][] = [
      ['Attest, PGlite', onPGlite],
      ['Attest, PostgreSQL', onPostgres],
    ];
    const record = async (stage: string, usage: (s: ServerProcess) => Promise<Usage>) => {
      for (const [server, attest] of attestServers)
        memoryRows.push({ stage, server, ...(await usage(attest)) });
    };
    // After startup (the quiz warmed), with a full collection: what the API holds at rest.
    await record('started, after a full GC', (s) => s.snapshot(`${size}x-started`));
    for (const workload of workloads(facts)) {
      if (OPERATIONS.length > 0 && !OPERATIONS.includes(workload.key)) continue;
      progress(`${size}×: ${workload.name}: checking the answers…`);
      const fromPGlite = await samples(workload, attestUrl.pglite, slugs.pglite);
      const fromPostgres = await samples(workload, attestUrl.postgres, slugs.postgres);
      same(
        `${workload.name}, Attest on PGlite and on PostgreSQL`,
        fromPGlite.map((a) => a.values),
        fromPostgres.map((a) => a.values),
      );
      const peerUrl = peer.urls.postgraphile ?? '';
      if (workload.peer) {
        const { data: peerData } = await call(peerUrl, workload.peer.body);
        same(
          `${workload.name}, Attest and PostGraphile`,
          fromPostgres[0]?.values,
          workload.peer.values(peerData),
        );
      }
      const stored = Object.fromEntries(fromPostgres.map((a) => [a.operation, a.text]));
      await ceilings.store(stored);
      const yogaUrl = ceilings.urls.yoga ?? '';
      const httpUrl = ceilings.urls.http ?? '';
      for (const answer of fromPostgres) {
        const sample = workload.samples({ slug: slugs.postgres })[0];
        if (answer.operation !== sample?.operation) continue;
        same(
          `${workload.name}, the Yoga ceiling`,
          JSON.parse((await call(yogaUrl, sample.body)).text),
          JSON.parse(answer.text),
        );
      }
      progress(
        `${size}×: ${workload.name}: measuring (${WARMUP_SECONDS} s warm-up, ${ROUNDS} rounds of ${SECONDS / ROUNDS} s per server)…`,
      );
      const targets: Target[] = [
        {
          server: 'Attest, PGlite',
          url: attestUrl.pglite,
          process: onPGlite,
          load: workload.attest({ slug: slugs.pglite }),
          sql: 'prisma',
        },
        {
          server: 'Attest, PostgreSQL',
          url: attestUrl.postgres,
          process: onPostgres,
          load: workload.attest({ slug: slugs.postgres }),
          sql: 'postgres',
        },
        ...(workload.peer
          ? [
              {
                server: 'PostGraphile v5, PostgreSQL',
                url: peerUrl,
                process: peer,
                load: { body: workload.peer.body },
                sql: 'postgres' as const,
              },
            ]
          : []),
        {
          server: 'ceiling: bare Yoga, from memory',
          url: yogaUrl,
          process: ceilings,
          load: workload.attest({ slug: slugs.postgres }),
          sql: null,
        },
        {
          server: 'ceiling: node:http, same bytes',
          url: httpUrl,
          process: ceilings,
          load: workload.attest({ slug: slugs.postgres }),
          sql: null,
        },
      ];
      const measured = await measure(workload, targets, counter.read, readCost);
      const rpsOf = (server: string) => measured.find((m) => m.server.startsWith(server))?.rps;
      const ratios = {
        peer: rpsOf('PostGraphile'),
        yoga: rpsOf('ceiling: bare Yoga'),
        http: rpsOf('ceiling: node:http'),
      };
      for (const m of measured) rows.push({ operation: workload.name, ...m, ...ratios });
      await record(`after ${workload.key}`, (s) => s.usage());
    }
    let quizAfterChange = '';
    if (OPERATIONS.length === 0 || OPERATIONS.includes(CHANGE_KEY)) {
      const lines: string[] = [];
      for (const kind of Object.keys(CHANGE_KINDS) as ChangeKind[]) {
        progress(
          `${size}×: ${CHANGE_KINDS[kind]}, until the quiz shows it (Attest on PostgreSQL)…`,
        );
        const { times, nextQuiz } = await changeToQuiz(admin, attestUrl.postgres, CHANGES, kind);
        const figures = (ms: number[]) => {
          const sorted = [...ms].sort((a, b) => a - b);
          return `${percentile(sorted, 50).toFixed(0)} (${(sorted.at(-1) ?? Number.NaN).toFixed(0)})`;
        };
        lines.push(`| ${CHANGE_KINDS[kind]} | ${figures(times)} | ${figures(nextQuiz)} |`);
      }
      quizAfterChange = `\n\nA change written to PostgreSQL, until Attest's quiz on PostgreSQL shows it (${CHANGES} changes of each kind, one after the other), then the next quiz of 10 on the whole base, ms, p50 (max):\n\n| change | quiz of the claim shows it | next quiz of 10 |\n| --- | ---: | ---: |\n${lines.join('\n')}`;
    }
    const memory = await Promise.all(
      [
        ['Attest on PGlite', onPGlite],
        ['Attest on PostgreSQL', onPostgres],
        ['PostGraphile', peer],
      ].map(
        async ([name, server]) =>
          `${name} ${((await (server as ServerProcess).usage()).rss / 2 ** 20).toFixed(0)} MB`,
      ),
    );
    await record('after the load, after a full GC', (s) => s.snapshot(`${size}x-loaded`));
    console.log(
      `\n### ${data}\n\n${table(rows)}\n\nMemory of each server process after its runs (RSS): ${memory.join(', ')}.${quizAfterChange}\n\nMemory of the Attest processes by stage, MB (process.memoryUsage()):\n\n${memoryTable(memoryRows)}\n`,
    );
  } finally {
    for (const server of servers) server.stop();
    await admin.close();
  }
}

const pg = await startPostgres();
let ceilings: ServerProcess | undefined;
// A failure inside autocannon's callbacks (a learner flow answered with an error) throws there:
// the throwaway PostgreSQL server is stopped all the same (server processes exit on disconnect).
process.once('uncaughtException', (error) => {
  console.error(error);
  pg.stop();
  process.exit(1);
});
try {
  progress('PostgreSQL started; turning on pg_stat_statements (a restart)…');
  const server = await connect({ url: pg.url });
  await server.prisma.$executeRawUnsafe(
    `ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`,
  );
  await server.close();
  await pg.pause();
  await pg.resume();
  ceilings = await startServer({ name: 'ceilings' });
  console.log(
    [
      '## Attest API benchmark',
      '',
      machine(),
      `Load: autocannon from its own process, ${CONNECTIONS} connections, 127.0.0.1; per operation and server ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s measured in ${ROUNDS} rounds that alternate between the servers.`,
      'Attest is built as `pnpm start` builds it (development mode, the quiz warmed) but with rate limits off (`rateLimits: false`): all the load comes from one loopback address.',
      "SQL/req: Prisma query events on PGlite; pg_stat_statements (every statement the database ran) on PostgreSQL. CPU ms/req: the server process's user + system CPU (process.cpuUsage) over the requests it served.",
    ].join('\n'),
  );
  for (const size of sizes) await benchSize(pg, ceilings, size);
  progress('done.');
} finally {
  ceilings?.stop();
  pg.stop();
}
