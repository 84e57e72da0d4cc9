/** Loads a batch of IDs at once, answering by ID. */
export type LoadBatch<V> = (ids: readonly string[]) => Promise<ReadonlyMap<string, V>>;

/**
 * Collects the IDs asked for in the same tick (sibling fields of a list resolve together) and
 * loads them with one call, so a list costs one query however long it is: what a dataloader
 * does, for the two lookups here that Prisma does not batch itself.
 */
export function batchPerTick<V>(load: LoadBatch<V>): LoadBatch<V> {
  let pending: { ids: Set<string>; rows: Promise<ReadonlyMap<string, V>> } | null = null;
  return (ids) => {
    if (!pending) {
      const wanted = new Set<string>();
      const rows = new Promise<void>((resolve) => process.nextTick(resolve)).then(() => {
        pending = null;
        return load([...wanted]);
      });
      pending = { ids: wanted, rows };
    }
    for (const id of ids) pending.ids.add(id);
    return pending.rows;
  };
}
