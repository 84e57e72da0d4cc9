import { createDatabase } from '@attest/testing';
import { ChangeWatch } from './change-watch.ts';
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

/**
 * The API's search freshness signal, as watchKnowledge (packages/graphql) makes it from the
 * database's change notifications, for tests and benches of search-memory.ts.
 */
export function watchChanges(db: Database) {
  const watch = new ChangeWatch();
  let markers = 0;
  db.onChange((change) => {
    if (change.table === 'Collection') markers++;
    watch.hear(change);
  });
  const freshness = watch.freshness();
  return {
    freshness,
    /** The same signal without the changed rows: every change reloads a collection whole. */
    wholeReloads: {
      get generation() {
        return watch.generation;
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
      await until(() => watch.listening);
      const before = markers;
      await db.prisma
        .$executeRaw`UPDATE "Collection" SET name = name WHERE id = ${CORPUS_COLLECTION_ID}`;
      await until(() => markers > before);
    },
    /** A gap in hearing: nothing can be told of what changed. */
    gap() {
      watch.forgetAll();
    },
  };
}
