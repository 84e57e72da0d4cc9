import { loadKnowledgeBase } from '@attest/knowledge';
import { createDatabase, startPostgres } from '@attest/testing';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import {
  applyMigrations,
  CORPUS_COLLECTION_ID,
  connect,
  type Database,
  type DatabaseChange,
  type DatabaseKind,
  seedKnowledgeBase,
} from '../src/index.ts';
import { openTestDatabase } from '../src/testing.ts';

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

  it('says when every change committed before the call has been heard, and tells no listener', async () => {
    const { db, url } = await newDatabase();
    // On PostgreSQL another connection writes, as another node would.
    const writer = kind === 'postgres' ? await open(url) : db;
    const heard: DatabaseChange[] = [];
    db.onChange((change) => heard.push(change));
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ table: null, listening: true }));
    heard.length = 0;
    for (let i = 0; i < 5; i++) {
      await insertPredicate(writer, `test_heard_${i}`);
      expect(await db.heardUpToNow()).toBe(true);
      // Heard by the time it answers, not later.
      expect(heard).toHaveLength(i + 1);
    }
    // Its own markers reached no listener.
    expect(heard.every((change) => change.table === 'Predicate')).toBe(true);
  });

  it.runIf(kind === 'postgres')('cannot say so while nothing listens', async () => {
    const { db } = await newDatabase();
    // Nobody subscribed: no listening connection is open.
    expect(await db.heardUpToNow()).toBe(false);
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

/** Migration change_collections: each notification names the collections its rows belong to. */
describe.each<DatabaseKind>(['pglite', 'postgres'])('changed collections on %s', (kind) => {
  let db: Database;
  const heard: DatabaseChange[] = [];
  beforeAll(async () => {
    db = await openTestDatabase(kind, inject('postgresUrl'));
    await seedKnowledgeBase(db.prisma, loadKnowledgeBase());
    db.onChange((change) => heard.push(change));
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ table: null, listening: true }));
    await db.prisma.collection.create({ data: { id: 'other', slug: 'other', name: 'Other' } });
  });
  afterAll(() => db.close());

  /** What `write` made the triggers say, once its notifications arrived. */
  const heardFrom = async (write: () => Promise<unknown>, last: string) => {
    heard.length = 0;
    await write();
    await vi.waitFor(() => expect(heard.map((change) => change.table)).toContain(last));
    return heard;
  };

  it('names the collection of the rows written, directly or through their parent', async () => {
    const claim = await db.prisma.claim.findFirstOrThrow({
      where: { evidence: { some: {} } },
      select: { id: true, subjectId: true },
    });
    expect(
      await heardFrom(
        () => db.prisma.claim.update({ where: { id: claim.id }, data: { statement: 'Changed.' } }),
        'Claim',
      ),
    ).toContainEqual({ table: 'Claim', collectionIds: [CORPUS_COLLECTION_ID], keys: [claim.id] });
    expect(
      await heardFrom(
        () =>
          db.prisma.evidence.updateMany({ where: { claimId: claim.id }, data: { prefix: 'p' } }),
        'Evidence',
      ),
    ).toContainEqual({
      table: 'Evidence',
      collectionIds: [CORPUS_COLLECTION_ID],
      keys: [claim.id],
    });
    expect(
      await heardFrom(
        () =>
          db.prisma.actorAlias.create({
            data: {
              actorId: claim.subjectId,
              name: 'An alias',
              kind: 'VARIANT',
              normalized: 'an alias',
            },
          }),
        'ActorAlias',
      ),
    ).toContainEqual({
      table: 'ActorAlias',
      collectionIds: [CORPUS_COLLECTION_ID],
      keys: [claim.subjectId],
    });
  });

  /** Migration change_keys: sources, actors and claims are named too, when they fit. */
  it('names the rows written, and only the collections when they would not fit', async () => {
    const dispute = await db.prisma.dispute.findFirstOrThrow();
    const disputeChange = await heardFrom(
      () => db.prisma.dispute.update({ where: { id: dispute.id }, data: { description: 'D.' } }),
      'Dispute',
    );
    // Disputes (and relations) are read whole: no keys.
    expect(disputeChange).toContainEqual({
      table: 'Dispute',
      collectionIds: [CORPUS_COLLECTION_ID],
    });
    const many = Array.from({ length: 300 }, (_, i) => ({
      id: `a-long-actor-id-to-pass-the-notify-limit-${i}`,
      name: `Actor ${i}`,
      kind: 'PERSON' as const,
      collectionId: 'other',
    }));
    expect(
      await heardFrom(() => db.prisma.actor.createMany({ data: many }), 'Actor'),
    ).toContainEqual({ table: 'Actor', collectionIds: ['other'] });
    const two = many.slice(0, 2).map((a) => a.id);
    const renamed = await heardFrom(
      () => db.prisma.actor.updateMany({ where: { id: { in: two } }, data: { name: 'Renamed' } }),
      'Actor',
    );
    const keys = renamed.find((change) => change.table === 'Actor');
    expect(keys && 'keys' in keys ? [...(keys.keys ?? [])].sort() : []).toEqual(two.sort());
  });

  it('names both collections when rows move, and none when it cannot tell', async () => {
    const claim = await db.prisma.claim.findFirstOrThrow({ select: { id: true } });
    const moved = await heardFrom(
      () => db.prisma.claim.update({ where: { id: claim.id }, data: { collectionId: 'other' } }),
      'Claim',
    );
    const ids = moved.find((change) => change.table === 'Claim');
    expect(ids && 'collectionIds' in ids ? [...(ids.collectionIds ?? [])].sort() : []).toEqual(
      [CORPUS_COLLECTION_ID, 'other'].sort(),
    );
    expect(
      await heardFrom(() => insertPredicate(db, 'test_collections'), 'Predicate'),
    ).toContainEqual({ table: 'Predicate' });
    expect(
      await heardFrom(() => db.prisma.$executeRawUnsafe('TRUNCATE "Dispute"'), 'Dispute'),
    ).toContainEqual({ table: 'Dispute' });
  });
});
