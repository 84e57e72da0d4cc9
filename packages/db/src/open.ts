import { type Env, readEnv } from '@attest/env';
import { connect, type Database } from './connect.ts';
import { applyMigrations } from './migrations.ts';
import { seedKnowledgeBase } from './seed.ts';

/** Connects to what the environment names: PostgreSQL when DATABASE_URL is set, else PGlite. */
export function connectFromEnv(env: Env = readEnv()): Promise<Database> {
  return connect(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.ATTEST_DATA_DIR });
}

/**
 * The database, ready to serve: connected, migrated, and holding the curated knowledge base
 * (seeded on first start and again whenever the curated files change). On PostgreSQL, setup
 * runs on its own connection without a time limit; the one returned for serving cancels any
 * statement slower than ATTEST_STATEMENT_TIMEOUT_MS. (PGlite runs in this thread and cannot be
 * interrupted; there the input limits keep every statement short.)
 */
export async function openDatabase(env: Env = readEnv()): Promise<Database> {
  const setup = await connectFromEnv(env);
  try {
    await applyMigrations(setup.adapter);
    await seedKnowledgeBase(setup.prisma);
  } catch (error) {
    await setup.close();
    throw error;
  }
  if (!env.DATABASE_URL) return setup;
  await setup.close();
  return connect({ url: env.DATABASE_URL, statementTimeoutMs: env.ATTEST_STATEMENT_TIMEOUT_MS });
}

/** Drops every table and type Attest made, then migrates and seeds from scratch. */
export async function resetDatabase(db: Database): Promise<void> {
  await db.prisma.$executeRawUnsafe('DROP SCHEMA IF EXISTS public CASCADE');
  await db.prisma.$executeRawUnsafe('CREATE SCHEMA public');
  await applyMigrations(db.adapter);
  await seedKnowledgeBase(db.prisma, undefined, { force: true });
}
