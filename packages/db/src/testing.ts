import { createDatabase } from '@attest/testing';
import { connect, type Database, type DatabaseKind } from './connect.ts';
import { applyMigrations } from './migrations.ts';

/** A fresh, migrated, empty database: in-memory PGlite, or a new database on a test server. */
export async function openTestDatabase(
  kind: DatabaseKind,
  postgresServerUrl?: string,
): Promise<Database> {
  if (kind === 'postgres' && !postgresServerUrl)
    throw new Error('openTestDatabase("postgres") needs the server URL');
  const db = await connect(
    kind === 'postgres' ? { url: await createDatabase(postgresServerUrl ?? '') } : {},
  );
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
    const rows = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT * FROM "${table}"`,
    );
    dump[table] = rows
      .map(({ createdAt: _c, updatedAt: _u, ...row }) => {
        if (!['Predicate', 'Source', 'Actor', 'Claim'].includes(table)) delete row.id;
        return JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? Number(v) : v));
      })
      .sort();
  }
  return dump;
}
