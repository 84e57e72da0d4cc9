import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { withSchemaEngine } from './engine.ts';
import { migrationsDir, schemaPath } from './paths.ts';

export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    readonly migration: string,
    reason: string,
  ) {
    super(
      `Migration ${migration} failed and was rolled back; the database is as it was before it.\n${reason}`,
    );
  }
}

const noFilters = { externalTables: [], externalEnums: [] };

export function readSchema() {
  return { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
}

/** The migrations folder in the shape Prisma's schema engine reads it. */
export function readMigrationList(dir: string = migrationsDir) {
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'migration.sql')))
        .map((e) => e.name)
        .sort()
    : [];
  const lockPath = join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: {
          tag: 'ok' as const,
          value: readFileSync(join(dir, name, 'migration.sql'), 'utf8'),
        },
      },
    })),
  };
}

/**
 * Applies every pending migration, one at a time, recording them in Prisma's own
 * `_prisma_migrations` table. PostgreSQL runs a migration script in one implicit transaction,
 * so a failing migration leaves nothing behind; it is then marked rolled back, which lets it
 * run again once fixed.
 */
export async function applyMigrations(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  dir: string = migrationsDir,
): Promise<string[]> {
  const all = readMigrationList(dir);
  const applied: string[] = [];
  await withSchemaEngine(adapter, readSchema(), async (engine) => {
    for (let count = 1; count <= all.migrationDirectories.length; count++) {
      const migrationsList = {
        ...all,
        migrationDirectories: all.migrationDirectories.slice(0, count),
      };
      const name = migrationsList.migrationDirectories[count - 1]?.path ?? '';
      try {
        const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
        applied.push(...result.appliedMigrationNames);
      } catch (error) {
        await engine.markMigrationRolledBack({ migrationName: name }).catch(() => {});
        throw new MigrationError(name, engineMessage(error));
      }
    }
  });
  return applied;
}

/** The engine's message without its Rust span trace ("   0: sql_schema_connector::…"). */
export function engineMessage(error: unknown): string {
  const message =
    error && typeof error === 'object' && 'message' in error
      ? String(error.message)
      : String(error);
  const lines = message.split('\n');
  const trace = lines.findIndex((line) => /^\s+\d+: /.test(line));
  return (trace === -1 ? lines : lines.slice(0, trace)).join('\n').trim();
}
