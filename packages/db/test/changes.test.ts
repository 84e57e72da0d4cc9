import { createDatabase, startPostgres } from '@attest/testing';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import {
  applyMigrations,
  connect,
  type Database,
  type DatabaseChange,
  type DatabaseKind,
} from '../src/index.ts';

// Raw SQL, as anyone could write it: the triggers catch it as they catch Prisma's writes.
const insertPredicate = (db: Database, id: string) =>
  db.prisma.$executeRawUnsafe(
    `INSERT INTO "Predicate" (id, label, description, object) VALUES ($1, $1, $1, 'ACTOR')`,
    id,
  );

describe.each<DatabaseKind>(['pglite', 'postgres'])('change notifications on %s', (kind) => {
  const opened: Database[] = [];
  const open = async (url?: string) => {
    const db = await connect(kind === 'postgres' ? { url: url ?? '' } : {});
    opened.push(db);
    return db;
  };
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
  });
  const newDatabase = async () => {
    const url = kind === 'postgres' ? await createDatabase(inject('postgresUrl')) : undefined;
    const db = await open(url);
    await applyMigrations(db.adapter);
    return { db, url };
  };

  it('tells every listener which table a statement wrote, and nothing for reads', async () => {
    const { db } = await newDatabase();
    const heard: DatabaseChange[] = [];
    db.onChange((change) => heard.push(change));
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ table: null, listening: true }));
    heard.length = 0;
    await db.prisma.predicate.findMany();
    await insertPredicate(db, 'test_reads');
    await vi.waitFor(() => expect(heard).toContainEqual({ table: 'Predicate' }));
    expect(heard.every((change) => change.table === 'Predicate')).toBe(true);
    await db.prisma.$executeRawUnsafe(`SELECT 1`);
    await db.prisma.rateLimit.findMany();
    expect(heard.every((change) => change.table === 'Predicate')).toBe(true);
  });

  it('unsubscribes', async () => {
    const { db } = await newDatabase();
    const heard: DatabaseChange[] = [];
    const stop = db.onChange((change) => heard.push(change));
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ table: null, listening: true }));
    stop();
    heard.length = 0;
    await insertPredicate(db, 'test_unsubscribe');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toEqual([]);
  });

  it.runIf(kind === 'postgres')('hears writes made by another process', async () => {
    const { db, url } = await newDatabase();
    const other = await open(url);
    const heard: DatabaseChange[] = [];
    db.onChange((change) => heard.push(change));
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ table: null, listening: true }));
    await other.prisma.predicate.create({
      data: { id: 'test_other', label: 'x', description: 'x', object: 'ACTOR' },
    });
    await vi.waitFor(() => expect(heard).toContainEqual({ table: 'Predicate' }), {
      timeout: 1000,
    });
  });
});

describe('change notifications across a PostgreSQL restart', () => {
  it('stops listening while the server is away, then listens again by itself', async () => {
    const server = await startPostgres();
    const db = await connect({ url: await createDatabase(server.url) });
    try {
      await applyMigrations(db.adapter);
      const heard: DatabaseChange[] = [];
      db.onChange((change) => heard.push(change));
      await vi.waitFor(() => expect(heard.at(-1)).toEqual({ table: null, listening: true }));
      await server.pause();
      await vi.waitFor(() => expect(heard.at(-1)).toEqual({ table: null, listening: false }));
      await server.resume();
      await vi.waitFor(() => expect(heard.at(-1)).toEqual({ table: null, listening: true }), {
        timeout: 15_000,
      });
      await insertPredicate(db, 'test_after_restart');
      await vi.waitFor(() => expect(heard.at(-1)).toEqual({ table: 'Predicate' }));
    } finally {
      await db.close();
      server.stop();
    }
  });
});
