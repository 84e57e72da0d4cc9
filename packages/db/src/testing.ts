import { createDatabase } from '@attest/testing';
import { type ClientOptions, connect, type Database, type DatabaseKind } from './connect.ts';
import { applyMigrations } from './migrations.ts';

let migratedSnapshot: Promise<Blob> | undefined;

/** One migrated empty PGlite per test process, dumped: cloning it beats migrating each time. */
function pgliteSnapshot(): Promise<Blob> {
  migratedSnapshot ??= (async () => {
    const db = await connect({});
    await applyMigrations(db.adapter);
    const snapshot = (await db.pglite?.dumpDataDir('none')) as Blob;
    await db.close();
    return snapshot;
  })();
  return migratedSnapshot;
}

/** A fresh, migrated, empty database: in-memory PGlite, or a new database on a test server. */
export async function openTestDatabase(
  kind: DatabaseKind,
  postgresServerUrl?: string,
  clientOptions: ClientOptions = {},
): Promise<Database> {
  if (kind === 'pglite') return connect({ snapshot: await pgliteSnapshot() }, clientOptions);
  if (!postgresServerUrl) throw new Error('openTestDatabase("postgres") needs the server URL');
  const db = await connect({ url: await createDatabase(postgresServerUrl) }, clientOptions);
  await applyMigrations(db.adapter);
  return db;
}

const tables = [
  'Predicate',
  'Source',
  'NoiseRegion',
  'Actor',
  'ActorAlias',
  'ActorRelation',
  'Claim',
  'Evidence',
  'Dispute',
];

/**
 * Every knowledge row, ordered, without row ids of child tables or timestamps: two databases
 * with the same knowledge give the same dump.
 */
export async function dumpKnowledge(db: Database): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    // to_jsonb: Prisma cannot read tsvector columns, and JSON makes rows comparable.
    const rows = await db.prisma.$queryRawUnsafe<{ row: Record<string, unknown> }[]>(
      `SELECT to_jsonb(t) AS row FROM "${table}" t`,
    );
    dump[table] = rows
      .map(({ row: { createdAt: _c, updatedAt: _u, ...row } }) => {
        if (!['Predicate', 'Source', 'Actor', 'Claim'].includes(table)) delete row.id;
        return JSON.stringify(row);
      })
      .sort();
  }
  return dump;
}
