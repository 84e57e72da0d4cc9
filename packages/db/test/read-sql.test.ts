import { createDatabase } from '@attest/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ConnectOptions, connect, type Database, type DatabaseKind } from '../src/index.ts';

describe.each<DatabaseKind>(['pglite', 'postgres'])('readSql on %s', (kind) => {
  let db: Database;
  const seen: string[] = [];
  beforeAll(async () => {
    const options: ConnectOptions =
      kind === 'postgres' ? { url: await createDatabase(inject('postgresUrl')) } : {};
    db = await connect(options, { onQuery: (sql) => seen.push(sql) });
  });
  afterAll(() => db?.close());

  it('answers rows as arrays, with parameters, the same on every run of one text', async () => {
    const text = 'SELECT $1::int + 1 AS n, $2::text AS s';
    for (let i = 0; i < 5; i++) {
      expect(await db.readSql(text, [i, `x${i}`])).toEqual([[i + 1, `x${i}`]]);
    }
    expect(seen).toContain(text);
  });

  it('rejects a failing statement and goes on serving afterwards', async () => {
    await expect(db.readSql('SELECT * FROM "NoSuchTable"')).rejects.toThrow(/NoSuchTable/);
    expect(await db.readSql('SELECT 2')).toEqual([[2]]);
  });

  it('serves many distinct texts (past the named statements cap) alike', async () => {
    for (let i = 0; i < 210; i++) {
      expect(await db.readSql(`SELECT ${i} AS n`)).toEqual([[i]]);
    }
  });
});
