import { defineConfig } from 'prisma/config';

// Only `prisma generate` runs through the CLI (see src/cli/generate.ts); migrations run
// through the WebAssembly schema engine (src/migrations.ts).
export default defineConfig({
  schema: '../../prisma/schema.prisma',
  migrations: { path: '../../prisma/migrations' },
});
