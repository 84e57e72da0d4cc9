import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnv } from '@attest/env';
import { defaultDataDir, loadKnowledgeBase } from '@attest/knowledge';
import { createDatabase } from '@attest/testing';
import { describe, expect, inject, it } from 'vitest';
import { connect, DatabaseInUseError, openDatabase } from '../src/index.ts';
import { dumpKnowledge } from '../src/testing.ts';

const cli = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', join('src/cli', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    cwd: new URL('..', import.meta.url).pathname,
  });

describe('pnpm db:seed', () => {
  it('fails on a quote that is not verbatim, naming the claim and the quote, and writes nothing', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const dir = mkdtempSync(join(tmpdir(), 'attest-kb-'));
    cpSync(defaultDataDir, dir, { recursive: true });
    const file = join(dir, 'claims', readdirSync(join(dir, 'claims')).sort()[0] ?? '');
    const original = readFileSync(file, 'utf8');
    const quote = /quote: "([^"]{20,})"/.exec(original)?.[1] ?? '';
    writeFileSync(file, original.replace(`quote: "${quote}"`, `quote: "${quote} (misquoted)"`));

    const result = cli('seed.ts', [dir], { DATABASE_URL: url });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^The knowledge base has 1 problem:/);
    expect(result.stderr).toMatch(
      /claim "[a-z0-9-]+": quote ".*\(misquoted\)" in source "[a-z0-9-]+": not verbatim in the source/,
    );
    expect(result.stderr).not.toMatch(/\s+at /);

    const db = await connect({ url });
    try {
      const tables = await db.prisma.$queryRawUnsafe<unknown[]>(
        `SELECT 1 FROM information_schema.tables WHERE table_name = 'Claim'`,
      );
      expect(tables).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('seeds the curated knowledge base, and seeding again gives the same database', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const first = cli('seed.ts', [], { DATABASE_URL: url });
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(
      /^Seeded 5 sources, \d+ actors, \d+ claims, \d+ evidence quotes, \d+ disputes\.$/m,
    );
    const db = await connect({ url });
    try {
      const before = await dumpKnowledge(db);
      expect(cli('seed.ts', [], { DATABASE_URL: url }).status).toBe(0);
      expect(await dumpKnowledge(db)).toEqual(before);
    } finally {
      await db.close();
    }
  });

  it('rejects a DATABASE_URL that is not PostgreSQL, clearly', () => {
    const result = cli('migrate.ts', [], { DATABASE_URL: 'mysql://localhost/x' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Invalid environment:\n  DATABASE_URL: DATABASE_URL must be a postgres:// or postgresql:// URL',
    );
  });
});

describe('the embedded database on first and later starts', () => {
  it('is created, migrated and seeded once, then reopened as it was', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'attest-data-')), 'pglite');
    const env = readEnv({ ATTEST_DATA_DIR: dataDir });
    const first = await openDatabase(env);
    const claims = await first.prisma.claim.count();
    const seededAt = (
      await first.prisma.meta.findUniqueOrThrow({ where: { key: 'knowledge-base' } })
    ).updatedAt;
    await first.close();
    expect(claims).toBe(loadKnowledgeBase().claims.length);

    const again = await openDatabase(env);
    try {
      expect(await again.prisma.claim.count()).toBe(claims);
      expect(
        (await again.prisma.meta.findUniqueOrThrow({ where: { key: 'knowledge-base' } })).updatedAt,
      ).toEqual(seededAt);
    } finally {
      await again.close();
    }
  });

  it('refuses a second process on the same folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'attest-data-'));
    writeFileSync(join(dataDir, 'attest.pid'), String(process.ppid));
    await expect(connect({ dataDir })).rejects.toThrow(DatabaseInUseError);
    await expect(connect({ dataDir })).rejects.toThrow(`in use by process ${process.ppid}`);
  });
});
