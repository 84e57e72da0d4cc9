import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadKnowledgeBase } from '@attest/knowledge';
import type { Database } from '../src/connect.ts';
import type { searchClaimsInMemory, searchIndexesLoaded } from '../src/search-memory.ts';
import { naturalQuestions } from './questions.ts';
import { withScaledPostgres } from './scaled-postgres.ts';

/**
 * The in-memory ranking's CPU per search, this tree against a baseline commit (BASELINE, default
 * HEAD), in one process on a PostgreSQL of its own at SEARCH_CPU_TIMES× the corpus (default 1):
 * both rank the same cold natural questions (never asked twice), alternating, and must return the
 * same ids and scores to the last bit. Only `searchClaimsInMemory` is timed (process CPU), the
 * index loaded and warm. With SEARCH_CPU_AGAIN=1 it reads stdin and measures again (this tree's
 * src copied afresh) on every line, so a 100× seed serves several edits.
 */
const times = Number(process.env.SEARCH_CPU_TIMES ?? '1');
const count = Number(process.env.SEARCH_CPU_QUESTIONS ?? '300');
const baselineCommit = process.env.BASELINE ?? 'HEAD';
const packageDir = fileURLToPath(new URL('..', import.meta.url));

interface Ranking {
  searchClaimsInMemory: typeof searchClaimsInMemory;
  searchIndexesLoaded: typeof searchIndexesLoaded;
}

/** A src/ under this package (so its imports resolve), imported fresh; removed on exit. */
async function importSrc(fill: (dir: string) => void): Promise<Ranking> {
  const dir = mkdtempSync(join(packageDir, '.bench-baseline-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  fill(dir);
  return (await import(pathToFileURL(join(dir, 'src/search-memory.ts')).href)) as Ranking;
}

const baseline = () =>
  importSrc((dir) => {
    const archive = execFileSync('git', ['archive', baselineCommit, 'src'], { cwd: packageDir });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  });
const tree = () =>
  importSrc((dir) => cpSync(join(packageDir, 'src'), join(dir, 'src'), { recursive: true }));

async function measure(db: Database, before: Ranking, after: Ranking, round: number) {
  const questions = naturalQuestions(loadKnowledgeBase(), `cpu-${times}-${round}`);
  for (const ranking of [before, after]) {
    await ranking.searchClaimsInMemory(db.prisma, questions(), 1);
    await ranking.searchIndexesLoaded(db.prisma);
    for (let i = 0; i < 30; i++) await ranking.searchClaimsInMemory(db.prisma, questions(), 1);
  }
  // SEARCH_CPU_PROFILE=<file>: a CPU profile of this tree's searches (the last round's).
  const profile = process.env.SEARCH_CPU_PROFILE;
  const session = profile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  for (const limit of [20, 200]) {
    const cpu = [0, 0];
    let differ = 0;
    let ran = 0;
    for (let i = 0; i < count; i++) {
      const question = questions();
      const hits = [];
      for (const [at, ranking] of [before, after].entries()) {
        const t = process.cpuUsage();
        const found = await ranking.searchClaimsInMemory(db.prisma, question, 1, { limit });
        const used = process.cpuUsage(t);
        cpu[at] = (cpu[at] as number) + used.user + used.system;
        hits.push(found);
      }
      const [x, y] = hits;
      if (!x || !y) {
        if (x !== y) differ++;
        continue;
      }
      ran++;
      if (
        x.length !== y.length ||
        x.some((h, j) => h.id !== y[j]?.id || !Object.is(h.score, y[j]?.score))
      )
        differ++;
    }
    const ms = (us: number) => (us / 1000 / count).toFixed(2);
    console.log(
      `  ${times}× limit ${limit}: ${ms(cpu[0] as number)} → ${ms(cpu[1] as number)} CPU ms per search (${((cpu[0] as number) / (cpu[1] as number)).toFixed(2)}×); ${ran} ranked in memory, ${differ} differ`,
    );
  }
  if (session && profile) {
    const { profile: taken } = await session.post('Profiler.stop');
    writeFileSync(profile, JSON.stringify(taken));
    session.disconnect();
  }
}

async function main() {
  await withScaledPostgres(times, async (db, kb, seededMs) => {
    console.log(
      `${times}× (${kb.claims.length} claims) seeded in ${(seededMs / 1000).toFixed(0)} s; baseline ${baselineCommit}`,
    );
    const before = await baseline();
    await measure(db, before, await tree(), 0);
    if (process.env.SEARCH_CPU_AGAIN === '1') {
      let round = 1;
      for await (const _ of createInterface({ input: process.stdin })) {
        await measure(db, before, await tree(), round++);
        console.log('  done');
      }
    }
  });
}

await main();
