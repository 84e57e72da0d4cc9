import { mkdirSync } from 'node:fs';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { openPGlite, pgliteAdapter, postgresAdapter } from './adapters.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { acquireFolderLock } from './lock.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** The driver adapter, for the schema engine (migrations). */
  adapter: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export type ConnectOptions =
  /** A PostgreSQL server. */
  | { url: string }
  /** An embedded PGlite database in a folder, or in memory when `dataDir` is omitted. */
  | { dataDir?: string };

/** Opens a Prisma client on PostgreSQL (`url`) or on an embedded PGlite database. */
export async function connect(options: ConnectOptions): Promise<Database> {
  if ('url' in options) {
    const adapter = postgresAdapter(options.url);
    const prisma = new PrismaClient({ adapter });
    return { prisma, kind: 'postgres', adapter, close: () => prisma.$disconnect() };
  }
  const { dataDir } = options;
  let release = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = acquireFolderLock(dataDir);
  }
  try {
    const pglite = await openPGlite(dataDir);
    const adapter = pgliteAdapter(pglite);
    const prisma = new PrismaClient({ adapter });
    return {
      prisma,
      kind: 'pglite',
      adapter,
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
