import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@attest/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  applyMigrations,
  connect,
  createMigration,
  type Database,
  type DatabaseKind,
  MigrationError,
} from '../src/index.ts';
import { migrationsDir, schemaPath } from '../src/paths.ts';

const tablesOf = async (db: Database) =>
  (
    await db.prisma.$queryRawUnsafe<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    )
  ).map((r) => r.table_name);

const copyOfMigrations = () => {
  const dir = mkdtempSync(join(tmpdir(), 'attest-migrations-'));
  cpSync(migrationsDir, dir, { recursive: true });
  return dir;
};

describe.each<DatabaseKind>(['pglite', 'postgres'])('migrations on %s', (kind) => {
  let db: Database | undefined;
  const open = async () => {
    db = await connect(
      kind === 'postgres' ? { url: await createDatabase(inject('postgresUrl')) } : {},
    );
    return db;
  };
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it("applies the whole history once, in Prisma's own table", async () => {
    const db = await open();
    const names = readdirSync(migrationsDir)
      .filter((n) => /^\d{14}_/.test(n))
      .sort();
    expect(await applyMigrations(db.adapter)).toEqual(names);
    expect(await applyMigrations(db.adapter)).toEqual([]);
    expect(await tablesOf(db)).toEqual(
      expect.arrayContaining(['Actor', 'Claim', 'Evidence', 'Source', '_prisma_migrations']),
    );
    const recorded = await db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1',
    );
    expect(recorded.map((r) => r.migration_name)).toEqual(names);
  });

  it('rolls a failing migration back whole and names it', async () => {
    const db = await open();
    const dir = copyOfMigrations();
    mkdirSync(join(dir, '99990101000000_broken'));
    writeFileSync(
      join(dir, '99990101000000_broken', 'migration.sql'),
      "CREATE TABLE \"Half\" (id int);\nINSERT INTO \"Predicate\" (id, label, description, object) VALUES ('x', 'x', 'x', 'ACTOR');\nSELECT * FROM \"NoSuchTable\";\n",
    );
    const error = await applyMigrations(db.adapter, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe('99990101000000_broken');
    expect((error as Error).message).toMatch(
      /^Migration 99990101000000_broken failed and was rolled back/,
    );
    expect((error as Error).message).toMatch(/NoSuchTable/);
    expect((error as Error).message).not.toMatch(/sql_schema_connector/);
    expect(await tablesOf(db)).not.toContain('Half');
    expect(await db.prisma.predicate.count()).toBe(0);

    // Once fixed, the same migration applies.
    writeFileSync(
      join(dir, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE "Half" (id int);\n',
    );
    expect(await applyMigrations(db.adapter, dir)).toEqual(['99990101000000_broken']);
    expect(await tablesOf(db)).toContain('Half');
  });
});

describe('createMigration', () => {
  it('writes the SQL from the existing history to a changed schema, and nothing when unchanged', async () => {
    const dir = copyOfMigrations();
    const schema = { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
    expect(await createMigration('nothing', { dir, schema })).toBeNull();

    const changed = {
      ...schema,
      content: `${schema.content}\nmodel Note {\n  id   String @id\n  body String\n}\n`,
    };
    const folder = await createMigration('add_note', { dir, schema: changed });
    expect(folder).toMatch(/\/\d{14}_add_note$/);
    const sql = readFileSync(join(folder ?? '', 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "Note"');
    expect(sql).not.toContain('CREATE TABLE "Claim"');

    const db = await connect({});
    try {
      await applyMigrations(db.adapter, dir);
      expect(await tablesOf(db)).toContain('Note');
    } finally {
      await db.close();
    }
    expect(await createMigration('again', { dir, schema: changed })).toBeNull();
  });

  it('refuses a name that cannot be a folder name', async () => {
    await expect(createMigration('drop tables; --')).rejects.toThrow(
      'use letters, digits and _ only',
    );
  });
});
