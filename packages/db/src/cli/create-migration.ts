import { createMigration } from '../create-migration.ts';
import { runCli } from './run.ts';

await runCli(async () => {
  const name = process.argv[2];
  if (!name) throw new Error('Usage: pnpm db:migrate:create NAME   (e.g. add_question_sets)');
  const folder = await createMigration(name);
  return folder ? `Created ${folder}` : 'The schema has no changes: no migration created.';
});
