import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export { type IngestEnv, readIngestEnv } from './ingest.ts';

/** The repository root: default data folders live under it. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

const list = (v: string) =>
  v
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);

/** An IP address, or a CIDR block such as 10.0.0.0/8 or fd00::/8. */
const isAddressOrBlock = (entry: string) => {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
};

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
  /**
   * The interface the API listens on: loopback unless told otherwise, so a development
   * server is not reachable from the network by accident. `0.0.0.0` (or `::`) serves every one.
   */
  ATTEST_API_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * The longest one SQL statement may run on PostgreSQL before the server cancels it, in
   * milliseconds, so that no request holds the database (or a pooled connection) for long.
   */
  ATTEST_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** GraphiQL and introspection are on in development and off in production unless enabled. */
  ATTEST_GRAPHIQL: flag,
  ATTEST_INTROSPECTION: flag,
  /**
   * Signs session cookies; every API node of a deployment must share it. Required in
   * production; in development one is made once and kept in the data folder.
   */
  ATTEST_AUTH_SECRET: z
    .string()
    .min(32, 'ATTEST_AUTH_SECRET must be at least 32 characters')
    .optional(),
  /** Where clients reach the API (auth links and cookies are made for it). */
  ATTEST_API_URL: z.url().optional(),
  /**
   * Web origins allowed to call the API from a browser with credentials (CORS) and to sign in
   * through it, comma-separated. Any other origin gets no CORS headers.
   */
  ATTEST_WEB_ORIGINS: z.string().default('http://localhost:3000').transform(list),
  /**
   * Reverse proxies (IPs or CIDR blocks, comma-separated) whose X-Forwarded-For the API
   * believes when it tells clients apart for rate limits. Default none: only the socket's peer.
   */
  ATTEST_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform(list)
    .refine((entries) => entries.every(isAddressOrBlock), {
      message: 'ATTEST_TRUSTED_PROXIES must list IP addresses or CIDR blocks, comma-separated',
    }),
});

export type Env = z.infer<typeof schema>;

/** Reads and validates the API's and db commands' environment; this package is the only place that reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.ATTEST_AUTH_SECRET) {
    throw new Error('Invalid environment:\n  ATTEST_AUTH_SECRET: required in production');
  }
  return parsed.data;
}
