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

/**
 * A value written as an SQL literal for `EXECUTE`, or undefined when it is not one of the few
 * kinds written here (then the statement runs unprepared). Strings are escape strings (`E'…'`,
 * quotes and backslashes doubled), so they read the same whatever standard_conforming_strings
 * says; an array's elements are written the same way.
 */
function sqlLiteral(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') {
    // PostgreSQL text holds no NUL: left to the unprepared path, which refuses it as usual.
    if (value.includes('\0')) return undefined;
    return `E'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) {
    // An empty array's type comes from the statement's parameter.
    if (value.length === 0) return "'{}'";
    const items = value.map(sqlLiteral);
    return items.every((item) => item !== undefined) ? `ARRAY[${items.join(',')}]` : undefined;
  }
  return undefined;
}

/**
 * readSql over PGlite (in process; it queues behind any transaction). Each distinct text is
 * prepared once (`PREPARE`) and run with `EXECUTE`, its values written in as literals:
 * PGlite's query() parses, describes and plans its statement on every call, which for a page of
 * claims cost more than running it (1.0–1.3 ms against 0.3–0.4 ms prepared, at 1× the corpus).
 * Values of other kinds, texts past the cap and texts PREPARE refuses run unprepared.
 */
export function pgliteReads(pglite: PGlite): ReadSql {
  const nameOf = statementNames();
  // Whether each name's PREPARE succeeded, asked once. One that failed (a parameter whose type
  // only its value tells, or a text that fails anyway) runs unprepared, with query()'s answer
  // or error.
  const prepared = new Map<string, Promise<boolean>>();
  const prepare = (name: string, text: string) => {
    let done = prepared.get(name);
    if (!done) {
      done = pglite.exec(`PREPARE ${name} AS ${text}`).then(
        () => true,
        () => false,
      );
      prepared.set(name, done);
    }
    return done;
  };
  return async (text, values = []) => {
    const name = nameOf(text);
    const literals = values.map(sqlLiteral);
    if (
      name === undefined ||
      literals.some((l) => l === undefined) ||
      !(await prepare(name, text))
    ) {
      return (await pglite.query<unknown[]>(text, values, { rowMode: 'array' })).rows;
    }
    const call = literals.length > 0 ? `EXECUTE ${name}(${literals.join(',')})` : `EXECUTE ${name}`;
    const results = await pglite.exec(call, { rowMode: 'array' });
    return (results.at(-1)?.rows ?? []) as unknown as unknown[][];
  };
}
