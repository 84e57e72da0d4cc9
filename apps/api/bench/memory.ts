import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeHeapSnapshot } from 'node:v8';

// What the API process holds, step by step (not part of `pnpm bench`): the API in this process,
// on PGlite (seeded here, as the bench's PGlite server is) or on a throwaway PostgreSQL (seeded
// by a child process, so that the seeding's garbage is not this process's), each reading after a
// full collection. Run with --expose-gc:
//   ATTEST_MEMORY_KIND=postgres|pglite ATTEST_MEMORY_SIZE=100 node --expose-gc --import tsx bench/memory.ts
// ATTEST_MEMORY_SNAPSHOT=file.heapsnapshot writes a heap snapshot at the end (bench/heap-summary.ts
// reads it); ATTEST_MEMORY_LOAD=n sends n cold pages and n cold searches (default 2000).

const kind = process.env.ATTEST_MEMORY_KIND ?? 'postgres';
const size = Number(process.env.ATTEST_MEMORY_SIZE ?? '1');
const load = Number(process.env.ATTEST_MEMORY_LOAD ?? '2000');

async function seed(url: string) {
  const { applyMigrations, connect, seedKnowledgeBase } = await import('@attest/db');
  const { loadKnowledgeBase } = await import('@attest/knowledge');
  const { scaleKnowledgeBase } = await import('@attest/knowledge/scale');
  const db = await connect({ url });
  await applyMigrations(db.adapter);
  await seedKnowledgeBase(db.prisma, scaleKnowledgeBase(loadKnowledgeBase(), size));
  await db.close();
}

if (process.argv[2] === 'seed') {
  await seed(process.argv[3] ?? '');
  process.exit(0);
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc)
  throw new Error('Run with node --expose-gc, so that each reading follows a full collection.');
const mb = (n: number) => (n / 2 ** 20).toFixed(0);
/** Resident memory outside V8's heap and Node's buffers: mostly malloc and WebAssembly. */
const anonymous = () => {
  let kb = 0;
  let anon = false;
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) anon = !head[1] || head[1] === '[heap]';
    else if (anon) kb += Number(/^Rss:\s+(\d+) kB/.exec(line)?.[1] ?? 0);
  }
  return kb * 1024;
};
const rows: string[] = [];
const step = async (label: string) => {
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
  const m = process.memoryUsage();
  rows.push(
    `| ${label} | ${mb(m.rss)} | ${mb(anonymous())} | ${mb(m.heapUsed)} | ${mb(m.heapTotal)} | ${mb(m.external)} | ${mb(m.arrayBuffers)} |`,
  );
  console.error(rows.at(-1));
};

await step('node and tsx alone');
const { testing, pg } = await (async () => {
  if (kind === 'pglite') return { testing: undefined, pg: undefined };
  const testing = await import('@attest/testing');
  const server = await testing.startPostgres();
  return { testing, pg: server };
})();
try {
  const { applyMigrations, connect, searchIndexesLoaded, seedKnowledgeBase } = await import(
    '@attest/db'
  );
  const { createAuth } = await import('@attest/auth');
  const { warmQuiz } = await import('@attest/graphql');
  const { createApi } = await import('../src/index.ts');
  const { questionMaker } = await import('./questions.ts');
  await step('modules loaded');
  let url = '';
  if (pg && testing) {
    url = await testing.createDatabase(pg.url, `memory_${size}`);
    const child = fork(fileURLToPath(import.meta.url), ['seed', url], {
      execArgv: process.execArgv,
    });
    await new Promise<void>((resolve, reject) =>
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed: ${code}`)))),
    );
  }
  const db = url ? await connect({ url, statementTimeoutMs: 5000 }) : await connect({});
  if (!url) {
    const { loadKnowledgeBase } = await import('@attest/knowledge');
    const { scaleKnowledgeBase } = await import('@attest/knowledge/scale');
    await applyMigrations(db.adapter);
    await seedKnowledgeBase(db.prisma, scaleKnowledgeBase(loadKnowledgeBase(), size));
  }
  await step(url ? 'connected' : 'PGlite seeded');
  const auth = createAuth({
    prisma: db.prisma,
    secret: 'bench-secret-bench-secret-bench-secret',
    baseURL: 'http://127.0.0.1',
    trustedOrigins: [],
    production: false,
  });
  const api = createApi({ db, auth, production: false, rateLimits: false });
  await warmQuiz(db.prisma);
  await step('started (quiz warmed)');
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await api.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    if (text.includes('"errors"')) throw new Error(text.slice(0, 400));
    return text;
  };
  const page =
    'query Page { claims(first: 50) { edges { node { statement subject { name } evidence { quote start end source { title } } } } } }';
  const search =
    'query Search($q: String!) { claims(search: $q, first: 10) { edges { node { statement subject { name } evidence { quote start end source { title } } } } } }';
  await post(page);
  await step('a page');
  await post(search, { q: 'Who blocked NATO?' });
  await searchIndexesLoaded(db.prisma);
  await step('a search (its index loaded)');
  await post('{ generateQuestions(input: { count: 10, seed: "a" }) { id prompt } }');
  await step('a quiz');
  const names = (
    JSON.parse(await post('{ actors(first: 100) { edges { node { name } } } }')) as {
      data: { actors: { edges: { node: { name: string } }[] } };
    }
  ).data.actors.edges.map((e) => e.node.name);
  const labels = (
    JSON.parse(await post('{ predicates { label } }')) as {
      data: { predicates: { label: string }[] };
    }
  ).data.predicates.map((p) => p.label);
  const question = questionMaker(names, labels);
  let next = 0;
  const run = (body: (i: number) => Promise<unknown>) =>
    Promise.all(
      Array.from({ length: 10 }, async () => {
        for (let i = next++; i < load; i = next++) await body(i);
      }),
    );
  await run((i) => post(page, { nonce: i }));
  next = 0;
  await step(`${load} cold pages`);
  await run((i) => post(search, { q: question(i) }));
  next = 0;
  await step(`${load} cold searches`);
  console.log(
    [
      `${kind}, ${size}× the corpus, MB after a full collection:`,
      '',
      '| step | RSS | of which anonymous | V8 heap used | V8 heap total | external | of which ArrayBuffers |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n'),
  );
  const snapshot = process.env.ATTEST_MEMORY_SNAPSHOT;
  if (snapshot) writeHeapSnapshot(snapshot);
  await db.close();
} finally {
  pg?.stop();
}
