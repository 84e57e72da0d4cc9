import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadKnowledgeBase } from '@attest/knowledge';
import { scaleKnowledgeBase } from '@attest/knowledge/scale';
import { startPostgres } from '@attest/testing';
import type { Database, DatabaseKind } from '../src/connect.ts';
import { rankSearchesInMemory, searchClaims } from '../src/search.ts';
import { searchIndexesLoaded } from '../src/search-memory.ts';
import { seedKnowledgeBase } from '../src/seed.ts';
import { openTestDatabase } from '../src/testing.ts';
import { naturalQuestions } from './questions.ts';

/**
 * Claim search as the API runs it (ranked in memory, kept current by the database's change
 * notifications, as `watchKnowledge` does) against the SQL of a baseline commit (BASELINE,
 * default the last commit that ranked in SQL only), on PGlite in memory and on a PostgreSQL of
 * its own, at 1× and 100× the corpus. Every question is asked once only (cold): natural questions
 * built from the corpus's own words. Prints the first search's time (it loads the claims), p50/p99
 * of one caller at a time, and req/s with 8 callers.
 */
type Search = typeof searchClaims;
/** PGlite is the default start; 100× is seeded on PostgreSQL only (seeding takes most of the run). */
const RUNS: { kind: DatabaseKind; times: number }[] = process.env.SEARCH_BENCH_RUNS
  ? // e.g. SEARCH_BENCH_RUNS=postgres:100,pglite:10
    process.env.SEARCH_BENCH_RUNS.split(',').map((run) => {
      const [kind, times] = run.split(':');
      if ((kind !== 'pglite' && kind !== 'postgres') || !(Number(times) >= 1))
        throw new Error(`SEARCH_BENCH_RUNS: "${run}" is not pglite:N or postgres:N`);
      return { kind, times: Number(times) };
    })
  : [
      { kind: 'pglite', times: 1 },
      { kind: 'postgres', times: 1 },
      { kind: 'postgres', times: 100 },
    ];
const SEQUENTIAL = 60;
const CONCURRENT = 120;
const CALLERS = 8;
/** A phase stops early after this long: the baseline is slow at 100×. */
const PHASE_MS = 6_000;

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const baselineCommit = process.env.BASELINE ?? '3d700e7';

interface Baseline {
  searchClaims: Search;
  /** Present when the baseline ranks in memory too (after 3d700e7). */
  rankSearchesInMemory?: typeof rankSearchesInMemory;
  searchIndexesLoaded?: typeof searchIndexesLoaded;
}

/**
 * The baseline's whole src/ (its search.ts may import its own search-memory.ts), extracted under
 * this package so that its imports of dependencies resolve; removed on exit.
 */
async function loadBaseline(): Promise<Baseline> {
  const dir = mkdtempSync(join(fileURLToPath(new URL('..', import.meta.url)), '.bench-baseline-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const archive = execFileSync('git', ['archive', baselineCommit, 'packages/db/src'], {
    cwd: repoRoot,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  const src = join(dir, 'packages/db/src');
  const search = (await import(pathToFileURL(join(src, 'search.ts')).href)) as Baseline;
  const memory = (await import(pathToFileURL(join(src, 'search-memory.ts')).href).catch(
    () => ({}),
  )) as Partial<Baseline>;
  return { ...search, searchIndexesLoaded: memory.searchIndexesLoaded };
}

const heapMb = () => {
  // Run with node --expose-gc for figures without garbage (tsx passes it on).
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  n: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;

async function measure(db: Database, search: Search, questions: () => string): Promise<Figures> {
  const times: number[] = [];
  let start = performance.now();
  for (let i = 0; i < SEQUENTIAL && performance.now() - start < PHASE_MS; i++) {
    const t = performance.now();
    await search(db.prisma, questions(), { limit: 500 });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  let done = 0;
  start = performance.now();
  const caller = async () => {
    while (done < CONCURRENT && performance.now() - start < PHASE_MS) {
      done++;
      await search(db.prisma, questions(), { limit: 500 });
    }
  };
  await Promise.all(Array.from({ length: CALLERS }, caller));
  const rps = done / ((performance.now() - start) / 1000);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), rps, n: times.length };
}

/** Whether both SQLs rank alike: the same top 10 in the same order, the same hits. */
async function compare(db: Database, baseline: Search, questions: () => string, count: number) {
  let top = 0;
  let all = 0;
  const differ: string[] = [];
  for (let i = 0; i < count; i++) {
    const question = questions();
    const [old, now] = await Promise.all([
      baseline(db.prisma, question, { limit: 500 }),
      searchClaims(db.prisma, question, { limit: 500 }),
    ]);
    const ids = (hits: { id: string }[]) => hits.map((h) => h.id);
    if (ids(old).slice(0, 10).join() === ids(now).slice(0, 10).join()) top++;
    else differ.push(question);
    if ([...ids(old)].sort().join() === [...ids(now)].sort().join()) all++;
  }
  const example = differ.length > 0 ? `; differs e.g. for "${differ[0]}"` : '';
  return `same top 10 for ${top}/${count} questions, same hits for ${all}/${count}${example}`;
}

const format = (f: Figures) =>
  `p50 ${f.p50.toFixed(1).padStart(7)} ms  p99 ${f.p99.toFixed(1).padStart(7)} ms  ${f.rps.toFixed(0).padStart(5)} req/s  (${f.n} timed)`;

async function main() {
  const began = performance.now();
  const kb = loadKnowledgeBase();
  const loaded = await loadBaseline();
  const baseline = loaded.searchClaims;
  console.log(`Claim search: baseline ${baselineCommit} vs this tree; each question asked once.`);
  const server = await startPostgres();
  // Ctrl-C still stops the server this run started.
  process.once('SIGINT', () => {
    server.stop();
    process.exit(130);
  });
  try {
    for (const { kind, times } of RUNS) {
      const scaled = scaleKnowledgeBase(kb, times);
      const t = performance.now();
      const db = await openTestDatabase(kind, server.url);
      try {
        // 100× takes minutes to write in its one transaction.
        await seedKnowledgeBase(db.prisma, scaled, { timeout: 30 * 60_000 });
        const seeded = performance.now() - t;
        console.log(
          `\n${times}× (${scaled.claims.length} claims) on ${kind}: seeded in ${(seeded / 1000).toFixed(1)} s`,
        );
        const questions = naturalQuestions(kb, `${kind}-${times}`);
        // The API's freshness signal: a generation bumped by every change heard.
        const watch = { listening: false, generation: 0 };
        db.onChange((change) => {
          if (change.table === null) watch.listening = change.listening;
          watch.generation++;
        });
        const generation = () => (watch.listening ? watch.generation : undefined);
        rankSearchesInMemory(db.prisma, generation);
        for (let i = 0; i < 100 && !watch.listening; i++)
          await new Promise((r) => setTimeout(r, 10));
        const heapBefore = heapMb();
        const loading = performance.now();
        // The first search starts loading the claims and runs in SQL meanwhile.
        await searchClaims(db.prisma, questions());
        await searchIndexesLoaded(db.prisma);
        console.log(
          `  loading the claims into memory: ${(performance.now() - loading).toFixed(0)} ms, heap +${(heapMb() - heapBefore).toFixed(0)} MB${watch.listening ? '' : ' (notifications not heard: SQL)'}`,
        );
        if (loaded.rankSearchesInMemory && loaded.searchIndexesLoaded) {
          loaded.rankSearchesInMemory(db.prisma, generation);
          const t = performance.now();
          await baseline(db.prisma, questions());
          await loaded.searchIndexesLoaded(db.prisma);
          // No heap figure: with two indexes and the seed's garbage about, it misleads.
          console.log(`  the baseline's loading: ${(performance.now() - t).toFixed(0)} ms`);
        }
        // Warm up: plans cached, JIT settled.
        for (let i = 0; i < 5; i++) await searchClaims(db.prisma, questions());
        for (let i = 0; i < 2; i++) await baseline(db.prisma, questions());
        // The baseline takes seconds a question at 100×: compare a few there.
        console.log(`  ranking ${await compare(db, baseline, questions, times >= 100 ? 4 : 40)}`);
        const before = await measure(db, baseline, questions);
        const after = await measure(db, searchClaims, questions);
        console.log(`  before  ${format(before)}`);
        console.log(`  after   ${format(after)}`);
        console.log(
          `  ratio   p50 ${(before.p50 / after.p50).toFixed(1)}× faster, throughput ${(after.rps / before.rps).toFixed(1)}×`,
        );
      } finally {
        await db.close();
      }
    }
  } finally {
    server.stop();
  }
  console.log(`\nTotal ${((performance.now() - began) / 1000).toFixed(0)} s`);
}

await main();
