import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type PostgresOptions, postgresPoolConfig } from './adapters.ts';

/**
 * Runs one read-only SQL text with its parameters straight on the driver, past Prisma's raw-query
 * path, and answers its rows as arrays of column values. On PostgreSQL each distinct text is a
 * named prepared statement on every pooled connection, so the server parses and plans it once per
 * connection instead of on every call. It rejects on any failure (an outage, the statement
 * timeout), as Prisma's queries do; callers decide what then.
 */
export type ReadSql = (text: string, values?: unknown[]) => Promise<unknown[][]>;

/**
 * The statement names given out, one per distinct text. Capped: a server prepares each named
 * statement on every pooled connection and keeps it until the connection closes, so texts past
 * the cap (a flood of distinct queries) run unnamed instead of growing that without bound.
 */
const MAX_NAMED = 200;

function statementNames() {
  const names = new Map<string, string>();
  return (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_NAMED) {
      name = `attest_read_${names.size}`;
      names.set(text, name);
    }
    return name;
  };
}

export interface PostgresReads {
  readSql: ReadSql;
  close(): Promise<void>;
}

/**
 * readSql over PostgreSQL: a pool of its own, with the same settings as Prisma's (statement
 * timeout, connection timeout, no JIT), opened at the first read. The driver adapter builds its
 * pool inside Prisma's connect and exposes it only on the connected adapter, which the schema
 * engine also connects (and disposes) for migrations; a separate pool keeps the two apart.
 */
export function postgresReads(url: string, options: PostgresOptions): PostgresReads {
  let pool: pg.Pool | undefined;
  const nameOf = statementNames();
  return {
    readSql: async (text, values = []) => {
      if (!pool) {
        pool = new pg.Pool(postgresPoolConfig(url, options));
        // An idle connection's error (the server restarting) must not end the process: the
        // pool drops that connection and the next read opens another.
        pool.on('error', () => {});
      }
      const result = await pool.query({ name: nameOf(text), text, values, rowMode: 'array' });
      return result.rows as unknown[][];
    },
    close: async () => {
      await pool?.end();
    },
  };
}

/** readSql over PGlite (in process, so nothing to prepare; it queues behind any transaction). */
export function pgliteReads(pglite: PGlite): ReadSql {
  return async (text, values = []) =>
    (await pglite.query<unknown[]>(text, values, { rowMode: 'array' })).rows;
}
