import type { DatabaseChange, OnChange, PrismaClient } from '@attest/db';

/**
 * The ids of the collections each viewer may read, kept between requests while the database's
 * change notifications are heard: only a write to `Collection` (visibility, owner) or
 * `CollectionCurator` changes them, and every node hears of those (or of a gap in hearing, which
 * drops everything), so nothing here is state another node would need. A mutation through this
 * node drops them too (`collectionsMayHaveChanged`), so its writer reads them back at once,
 * before the notification arrives.
 */
interface Watch {
  listening: boolean;
  generation: number;
  byViewer: Map<string, { generation: number; ids: Promise<string[]> }>;
}

const ACCESS_TABLES: ReadonlySet<string> = new Set(['Collection', 'CollectionCurator']);

/** Viewers held at most; past that the map starts again (a burst of sign-ins, not a leak). */
const MAX_VIEWERS = 10_000;

const watches = new WeakMap<PrismaClient, Watch>();

/** Starts keeping readable collection ids for this client; returns the unsubscribe function. */
export function watchCollections(prisma: PrismaClient, onChange: OnChange): () => void {
  if (watches.has(prisma)) return () => {};
  const watch: Watch = { listening: false, generation: 0, byViewer: new Map() };
  watches.set(prisma, watch);
  const stop = onChange((change: DatabaseChange) => {
    if (change.table === null) watch.listening = change.listening;
    else if (!ACCESS_TABLES.has(change.table)) return;
    watch.generation++;
    watch.byViewer.clear();
  });
  return () => {
    stop();
    if (watches.get(prisma) === watch) watches.delete(prisma);
  };
}

/** Drops what is kept: a mutation through this node may have changed who reads what. */
export function collectionsMayHaveChanged(prisma: PrismaClient): void {
  const watch = watches.get(prisma);
  if (!watch) return;
  watch.generation++;
  watch.byViewer.clear();
}

/** `load()`'s ids for this viewer, kept while no change is heard (loaded every time unwatched). */
export function keptReadable(
  prisma: unknown,
  viewerKey: string,
  load: () => Promise<string[]>,
): Promise<string[]> {
  const watch = watches.get(prisma as PrismaClient);
  if (!watch?.listening) return load();
  const kept = watch.byViewer.get(viewerKey);
  if (kept && kept.generation === watch.generation) return kept.ids;
  const generation = watch.generation;
  const ids = load();
  if (watch.byViewer.size >= MAX_VIEWERS) watch.byViewer.clear();
  const entry = { generation, ids };
  watch.byViewer.set(viewerKey, entry);
  ids.catch(() => {
    if (watch.byViewer.get(viewerKey) === entry) watch.byViewer.delete(viewerKey);
  });
  return ids;
}
