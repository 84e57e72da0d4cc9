import { applyMigrations } from '../migrations.ts';
import { connectFromEnv } from '../open.ts';
import { runCli } from './run.ts';

await runCli(async () => {
  const db = await connectFromEnv();
  try {
    const applied = await applyMigrations(db.adapter);
    return applied.length > 0 ? `Applied ${applied.join(', ')}` : 'The database is up to date.';
  } finally {
    await db.close();
  }
});
