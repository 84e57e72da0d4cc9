import { performance } from 'node:perf_hooks';
import { type KnowledgeBase, loadKnowledgeBase } from '@attest/knowledge';
import { scaleKnowledgeBase } from '@attest/knowledge/scale';
import { startPostgres } from '@attest/testing';
import type { Database } from '../src/connect.ts';
import { seedKnowledgeBase } from '../src/seed.ts';
import { openTestDatabase } from '../src/testing.ts';

/**
 * A PostgreSQL of the bench's own holding `times` copies of the corpus (scaleKnowledgeBase),
 * migrated, seeded and analysed; `run` gets the database, the scaled base and how long seeding
 * took. The server is stopped afterwards, or on Ctrl-C.
 */
export async function withScaledPostgres(
  times: number,
  run: (db: Database, scaled: KnowledgeBase, seededMs: number) => Promise<void>,
): Promise<void> {
  const server = await startPostgres();
  process.once('SIGINT', () => {
    server.stop();
    process.exit(130);
  });
  const db = await openTestDatabase('postgres', server.url);
  try {
    const scaled = scaleKnowledgeBase(loadKnowledgeBase(), times);
    const started = performance.now();
    await seedKnowledgeBase(db.prisma, scaled, { timeout: 30 * 60_000 });
    await db.prisma.$executeRawUnsafe('ANALYZE');
    await run(db, scaled, performance.now() - started);
  } finally {
    await db.close();
    server.stop();
  }
}
