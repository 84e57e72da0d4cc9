import { createDatabase } from '@attest/testing';
import { ChangeLog } from './change-log.ts';
import { type ClientOptions, connect, type Database, type DatabaseKind } from './connect.ts';
import { applyMigrations } from './migrations.ts';
import type { SearchFreshness } from './search-memory.ts';
import { CORPUS_COLLECTION_ID } from './seed-rows.ts';

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

/** The tables a knowledge base is read from (watchKnowledge's KNOWLEDGE_TABLES). */
const KNOWLEDGE = new Set([
  'Source',
  'NoiseRegion',
  'Actor',
  'ActorAlias',
  'ActorRelation',
  'Predicate',
  'Claim',
  'Evidence',
  'Dispute',
]);

/**
 * The API's search freshness signal, as watchKnowledge (packages/graphql) makes it from the
 * database's change notifications, for tests and benches of search-memory.ts.
 */
export function watchChanges(db: Database) {
  const log = new ChangeLog();
  const state = {
    listening: false,
    generation: 0,
    allChangedAt: 0,
    changedAt: new Map<string, number>(),
    markers: 0,
  };
  db.onChange((change) => {
    if (change.table === 'Collection') state.markers++;
    if (change.table === null) state.listening = change.listening;
    else if (!KNOWLEDGE.has(change.table)) return;
    state.generation++;
    if (change.table === null) log.forgetUpTo(state.generation);
    else log.record(state.generation, change);
    if (change.table !== null && change.collectionIds)
      for (const id of change.collectionIds) state.changedAt.set(id, state.generation);
    else {
      state.allChangedAt = state.generation;
      state.changedAt.clear();
    }
  });
  const freshness: SearchFreshness = {
    get generation() {
      return state.generation;
    },
    changedAt: (id) => Math.max(state.allChangedAt, state.changedAt.get(id) ?? 0),
    changedSince: (id, generation) => log.since(id, generation),
  };
  return {
    freshness,
    /** The same signal without the changed rows: every change reloads a collection whole. */
    wholeReloads: {
      get generation() {
        return state.generation;
      },
      changedAt: freshness.changedAt,
    } satisfies SearchFreshness as SearchFreshness,
    /** Resolves once every change written before it has been heard (notifications keep order). */
    async heard() {
      const deadline = Date.now() + 10_000;
      const until = async (done: () => boolean) => {
        while (!done()) {
          if (Date.now() > deadline)
            throw new Error('The change notifications were not heard in 10 s.');
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      };
      await until(() => state.listening);
      const before = state.markers;
      await db.prisma
        .$executeRaw`UPDATE "Collection" SET name = name WHERE id = ${CORPUS_COLLECTION_ID}`;
      await until(() => state.markers > before);
    },
    /** A gap in hearing: nothing can be told of what changed. */
    gap() {
      state.generation++;
      log.forgetUpTo(state.generation);
      state.allChangedAt = state.generation;
      state.changedAt.clear();
    },
  };
}
