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

  it('answers every kind of value as it was given, quotes and backslashes included', async () => {
    await db.prisma.$executeRawUnsafe('CREATE TABLE IF NOT EXISTS read_guard (x int)');
    const text = 'SELECT $1::text AS s, $2::text[] AS a, $3::int AS n, $4::boolean AS b';
    const strings = [
      "it's",
      "back\\slash \\n and \\'",
      "'); DROP TABLE read_guard; --",
      "\\'); DROP TABLE read_guard; --",
      '“curly” — ünïcode 😀',
      '',
    ];
    for (const s of strings) {
      expect(await db.readSql(text, [s, [s, 'b'], 7, true])).toEqual([[s, [s, 'b'], 7, true]]);
    }
    expect(await db.readSql(text, [null, [], -3, false])).toEqual([[null, [], -3, false]]);
    const [[tables]] = (await db.readSql(
      "SELECT count(*)::int FROM pg_tables WHERE tablename = 'read_guard'",
    )) as [[number]];
    expect(tables).toBe(1);
  });

  it('answers a parameter whose type only its value tells', async () => {
    expect(await db.readSql('SELECT $1 AS s', ['untyped'])).toEqual([['untyped']]);
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

describe('readSql on PGlite', () => {
  it('prepares each text once and runs it prepared after', async () => {
    const db = await connect({});
    try {
      const text = 'SELECT $1::text[] AS ids, 40 + $2::int AS n';
      for (let i = 0; i < 3; i++) {
        expect(await db.readSql(text, [['a', `b${i}`], i])).toEqual([[['a', `b${i}`], 40 + i]]);
      }
      const [[prepared]] = (await db.readSql(
        `SELECT count(*)::int FROM pg_prepared_statements WHERE statement LIKE '%' || $1 || '%'`,
        ['40 + $2::int'],
      )) as [[number]];
      expect(prepared).toBe(1);
    } finally {
      await db.close();
    }
  });
});
