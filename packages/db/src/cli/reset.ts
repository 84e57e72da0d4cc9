import { loadKnowledgeBase } from '@attest/knowledge';
import { connectFromEnv, resetDatabase } from '../open.ts';
import { runCli } from './run.ts';

await runCli(async () => {
  loadKnowledgeBase(); // fail before dropping anything if the curated files are broken
  const db = await connectFromEnv();
  try {
    await resetDatabase(db);
    return 'The database was emptied, migrated and seeded.';
  } finally {
    await db.close();
  }
});
