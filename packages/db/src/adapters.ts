import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PrismaPg } from '@prisma/adapter-pg';
import pg, { type Pool } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { withAtomicScripts } from './atomic-scripts.ts';

/**
 * An embedded PGlite database (in a folder, or in memory) with the extensions search uses;
 * `snapshot` starts an in-memory one from a dumpDataDir() archive.
 */
export function openPGlite(dataDir?: string, snapshot?: Blob): Promise<PGlite> {
  return PGlite.create(dataDir ?? 'memory://', {
    extensions: { pg_trgm, unaccent },
    ...(snapshot ? { loadDataDir: snapshot } : {}),
  });
}

export function pgliteAdapter(pglite: PGlite) {
  return withAtomicScripts(new PrismaPGlite(pglite), (_, script) => pglite.exec(script));
}

export interface PostgresOptions {
  /**
   * The server cancels any statement that runs longer (milliseconds), so no request can hold
   * the database or a pooled connection for long. Unset, statements may run for ever (setup:
   * migrations and seeding).
   */
  statementTimeoutMs?: number;
}

/** How long a request waits for a pooled connection before it fails (an outage, a full pool). */
const CONNECTION_TIMEOUT_MS = 5000;

/**
 * A pooled connection whose 'error' event always has a listener. pg emits it when the server
 * ends a connection (a restart, an operator's shutdown) while no query runs on it, and an
 * unheard 'error' ends the process. pg-pool listens while a connection is idle and each query
 * while it runs, but not in between: PostgreSQL stopped mid-burst sometimes hit that gap
 * (test/outage.test.ts in apps/api). Nothing is lost by listening: the connection is no longer
 * queryable, so the pool drops it when it comes back, and its queries fail as before.
 */
class PooledConnection extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => {});
  }
}

/** The pool settings of every connection to PostgreSQL serving requests (Prisma's and readSql's). */
export function postgresPoolConfig(url: string, { statementTimeoutMs }: PostgresOptions = {}) {
  return {
    Client: PooledConnection,
    connectionString: url,
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    // No JIT: the planner's row guesses for search's CTEs are far too high at 100x the corpus,
    // and compiling the plan took 1.4 s of a 2.7 s search. Our statements are all short.
    options: '-c jit=off',
    ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
  };
}

export function postgresAdapter(url: string, options: PostgresOptions = {}) {
  return withAtomicScripts(new PrismaPg(postgresPoolConfig(url, options)), (adapter, script) =>
    (adapter as unknown as { underlyingDriver(): Pool }).underlyingDriver().query(script),
  );
}
