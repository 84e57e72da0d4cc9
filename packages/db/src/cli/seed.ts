import { loadKnowledgeBase } from '@attest/knowledge';
import { applyMigrations } from '../migrations.ts';
import { connectFromEnv } from '../open.ts';
import { seedKnowledgeBase } from '../seed.ts';
import { runCli } from './run.ts';

// Verifies the curated files before touching the database: a broken quote writes nothing.
await runCli(async () => {
  const kb = loadKnowledgeBase(process.argv[2]);
  const db = await connectFromEnv();
  try {
    await applyMigrations(db.adapter);
    const { counts } = await seedKnowledgeBase(db.prisma, kb, { force: true });
    return `Seeded ${counts.sources} sources, ${counts.actors} actors, ${counts.claims} claims, ${counts.evidence} evidence quotes, ${counts.disputes} disputes.`;
  } finally {
    await db.close();
  }
});
