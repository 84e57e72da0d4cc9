import { performance } from 'node:perf_hooks';
import { loadKnowledgeBase } from '@attest/knowledge';
import { rankSearchesInMemory, searchClaims, searchClaimsInSql } from '../src/search.ts';
import {
  heldSearchIndex,
  type SearchFreshness,
  searchClaimsInMemory,
  searchIndexesLoaded,
  searchIndexOrigin,
} from '../src/search-memory.ts';
import { CORPUS_COLLECTION_ID } from '../src/seed-rows.ts';
import { watchChanges } from '../src/testing.ts';
import { naturalQuestions } from './questions.ts';
import { withScaledPostgres } from './scaled-postgres.ts';

/**
 * How long after a claim edit search answers from memory again, on a PostgreSQL of its own at
 * SEARCH_FOLLOW_TIMES (default 100) × the corpus: an index reloaded whole on every change
 * (before) against one patched with the rows the change wrote (after), in alternating rounds.
 * The edit is what the curation verbs do: the statement changed, then
 * attest_refresh_claim_search(). Timed from the edit's return until a search is ranked in memory,
 * polling as requests would (searches in between run in SQL). Also: a change that writes nothing
 * the index holds (a source's title), which costs what spans collections (the word table).
 */
const TIMES = Number(process.env.SEARCH_FOLLOW_TIMES ?? 100);
const ROUNDS = Number(process.env.SEARCH_FOLLOW_ROUNDS ?? 5);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${quantile(sorted, 0.5).toFixed(0).padStart(6)} ms  min ${sorted[0]?.toFixed(0)} ms  max ${sorted.at(-1)?.toFixed(0)} ms  (${times.length})`;
};

async function main() {
  const kb = loadKnowledgeBase();
  await withScaledPostgres(TIMES, async (db, scaled, seededMs) => {
    console.log(
      `${TIMES}× (${scaled.claims.length} claims) seeded in ${(seededMs / 1000).toFixed(1)} s`,
    );
    const watch = watchChanges(db);
    let mode: SearchFreshness = watch.freshness;
    rankSearchesInMemory(db.prisma, () => mode);
    const questions = naturalQuestions(kb, `search-follow-${TIMES}`);
    await watch.heard();
    const t = performance.now();
    await searchClaims(db.prisma, questions());
    await searchIndexesLoaded(db.prisma);
    console.log(`first load: ${(performance.now() - t).toFixed(0)} ms`);

    const claims = (
      await db.prisma.claim.findMany({ select: { id: true, statement: true }, take: 2000 })
    ).sort((a, b) => (a.id < b.id ? -1 : 1));
    /**
     * From the edit's return until it is heard (the generation moves), and until a search is
     * ranked in memory from an index made after it; searches poll as requests do.
     */
    const untilMemory = async (write: () => Promise<unknown>, newIndex: boolean) => {
      const generation = watch.freshness.generation;
      const index = heldSearchIndex(db.prisma, CORPUS_COLLECTION_ID);
      const began = performance.now();
      await write();
      const wrote = performance.now();
      let heard = Number.NaN;
      let inSql = 0;
      for (;;) {
        if (Number.isNaN(heard) && watch.freshness.generation > generation)
          heard = performance.now() - wrote;
        const hits = await searchClaimsInMemory(db.prisma, questions(), mode, {
          collectionIds: [CORPUS_COLLECTION_ID],
        });
        const current =
          !Number.isNaN(heard) &&
          (!newIndex || heldSearchIndex(db.prisma, CORPUS_COLLECTION_ID) !== index);
        if (hits && current) break;
        if (!hits) inSql++;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      return { ms: performance.now() - wrote, heard, write: wrote - began, polls: inSql };
    };
    const sqlTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      await searchClaimsInSql(db.prisma, questions(), { collectionIds: [CORPUS_COLLECTION_ID] });
      sqlTimes.push(performance.now() - s);
    }
    console.log(`a search in SQL meanwhile: ${summary(sqlTimes)}`);

    const results = { before: [] as number[], after: [] as number[], untouched: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of ['before', 'after'] as const) {
        mode = name === 'before' ? watch.wholeReloads : watch.freshness;
        const claim = claims[(round * 2 + (name === 'after' ? 1 : 0)) % claims.length];
        if (!claim) throw new Error('The database holds no claims: nothing to edit.');
        const { ms, heard, write, polls } = await untilMemory(async () => {
          await db.prisma.claim.update({
            where: { id: claim.id },
            data: { statement: `${claim.statement} (edited ${round})` },
          });
          await db.prisma.$executeRaw`SELECT attest_refresh_claim_search(${[claim.id]}::text[])`;
        }, true);
        const origin = searchIndexOrigin(db.prisma, CORPUS_COLLECTION_ID);
        results[name].push(ms);
        console.log(
          `  round ${round + 1} ${name.padEnd(6)} ${ms.toFixed(0).padStart(6)} ms to memory (heard after ${heard.toFixed(0)} ms; write ${write.toFixed(0)} ms, ${polls} searches in SQL meanwhile), index ${origin?.kind}${origin?.kind === 'patch' ? ` of ${origin.claims.length} claims, ${origin.actors.length} actors` : ''}`,
        );
      }
      mode = watch.freshness;
      const source = await db.prisma.source.findFirstOrThrow({ select: { id: true } });
      const { ms, heard } = await untilMemory(
        () =>
          db.prisma.source.update({
            where: { id: source.id },
            data: { title: `Retitled ${round}` },
          }),
        false,
      );
      results.untouched.push(ms - heard);
    }
    console.log(`claim edit, index reloaded whole (before): ${summary(results.before)}`);
    console.log(`claim edit, index patched (after):         ${summary(results.after)}`);
    const median = (xs: number[]) =>
      quantile(
        [...xs].sort((a, b) => a - b),
        0.5,
      );
    console.log(
      `ratio of medians: ${(median(results.before) / median(results.after)).toFixed(1)}× sooner`,
    );
    console.log(
      `a change the index holds nothing of, from heard to memory (word table read again): ${summary(results.untouched)}`,
    );
  });
}

await main();
