import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { openPGlite, type PostgresOptions, pgliteAdapter, postgresAdapter } from './adapters.ts';
import { type HeardUpToNow, type OnChange, pgliteChanges, postgresChanges } from './changes.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { acquireFolderLock } from './lock.ts';
import { pgliteReads, postgresReads, type ReadSql } from './read-sql.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** The embedded database itself, when it is PGlite. */
  pglite?: PGlite;
  /** The driver adapter, for the schema engine (migrations). */
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /**
   * Hears every write to the tables public reads show (see DatabaseChange), from any process
   * over the same database: PostgreSQL LISTEN/NOTIFY on a connection of its own (opened at the
   * first subscription), or PGlite's in-process listen().
   */
  onChange: OnChange;
  /**
   * Whether every change committed before the call has been heard by onChange's listeners (a
   * marker notified and heard back; see HeardUpToNow): what a writer waits for before trusting
   * the notifications to name its own write.
   */
  heardUpToNow: HeardUpToNow;
  /** Runs a read-only SQL text on the driver directly (see ReadSql): hot reads only. */
  readSql: ReadSql;
  close(): Promise<void>;
}

export type ConnectOptions =
  /** A PostgreSQL server. */
  | ({ url: string } & PostgresOptions)
  /**
   * An embedded PGlite database in a folder, or in memory when `dataDir` is omitted (then
   * optionally started from a `snapshot` made with `pglite.dumpDataDir()`).
   */
  | { dataDir?: string; snapshot?: Blob };

export interface ClientOptions {
  /** Called with every SQL statement the client or readSql sends (tests count them). */
  onQuery?: (sql: string) => void;
}

function createClient(adapter: SqlMigrationAwareDriverAdapterFactory, { onQuery }: ClientOptions) {
  if (!onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  prisma.$on('query', (event) => onQuery(event.query));
  return prisma as unknown as PrismaClient;
}

/** readSql telling `onQuery` of each statement too, as Prisma's query events do. */
function observed(readSql: ReadSql, { onQuery }: ClientOptions): ReadSql {
  if (!onQuery) return readSql;
  return (text, values) => {
    onQuery(text);
    return readSql(text, values);
  };
}

/** Opens a Prisma client on PostgreSQL (`url`) or on an embedded PGlite database. */
export async function connect(
  options: ConnectOptions,
  clientOptions: ClientOptions = {},
): Promise<Database> {
  if ('url' in options) {
    const adapter = postgresAdapter(options.url, options);
    const prisma = createClient(adapter, clientOptions);
    const changes = postgresChanges(options.url);
    const reads = postgresReads(options.url, options);
    return {
      prisma,
      kind: 'postgres',
      adapter,
      onChange: changes.onChange,
      heardUpToNow: changes.heardUpToNow,
      readSql: observed(reads.readSql, clientOptions),
      close: async () => {
        await changes.close();
        await reads.close();
        await prisma.$disconnect();
      },
    };
  }
  const { dataDir, snapshot } = options;
  let release = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = acquireFolderLock(dataDir);
  }
  try {
    const pglite = await openPGlite(dataDir, snapshot);
    const adapter = pgliteAdapter(pglite);
    const prisma = createClient(adapter, clientOptions);
    const { onChange, heardUpToNow } = await pgliteChanges(pglite);
    return {
      prisma,
      kind: 'pglite',
      pglite,
      adapter,
      onChange,
      heardUpToNow,
      readSql: observed(pgliteReads(pglite), clientOptions),
      // $disconnect alone leaves PGlite open and the process hanging at exit.
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
