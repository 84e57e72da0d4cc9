import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: default data folders live under it. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** A postgres:// URL selects a PostgreSQL server; unset, Attest embeds PGlite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional(),
  /** The embedded database's folder, when DATABASE_URL is unset. */
  ATTEST_DATA_DIR: z.string().default(`${repoRoot}.data/pglite`),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
});

export type Env = z.infer<typeof schema>;

/** Reads and validates the environment; the only place that reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
