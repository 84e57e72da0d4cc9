import type { TableChange } from './changes.ts';

/** The rows of one collection's knowledge base that changes heard since some point wrote. */
export interface ChangedRows {
  /** Ids of the sources, actors and claims written, directly or through their child rows. */
  sources: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  claims: ReadonlySet<string>;
  /** Every table written, those above and the ones read whole (relations, disputes, predicates). */
  tables: ReadonlySet<string>;
}

/** Which part of a knowledge base each keyed table's keys name (migration change_keys). */
const KEYED: Readonly<Record<string, 'sources' | 'actors' | 'claims'>> = {
  Source: 'sources',
  NoiseRegion: 'sources',
  Actor: 'actors',
  ActorAlias: 'actors',
  Claim: 'claims',
  Evidence: 'claims',
};

interface Entry {
  generation: number;
  /** null: every collection. */
  collectionIds: readonly string[] | null;
  table: string;
  /** null: any row may have changed (unknown). */
  keys: readonly string[] | null;
}

/** How many keys the log holds before it forgets its oldest entries. */
const MAX_KEYS = 50_000;

/**
 * The changes a node has heard, by generation (a counter its caller bumps on each change), so
 * that a cache read at some generation can ask which rows changed since and read only those,
 * instead of comparing every row's version. What it cannot tell (a change that named no
 * collection or no keys, a gap in hearing, entries forgotten to stay bounded) it answers as
 * unknown, and the caller reads everything.
 */
export class ChangeLog {
  private entries: Entry[] = [];
  private keyCount = 0;
  /** Generations up to this one are forgotten (or were never heard): unknown. */
  private floor = 0;

  /** Records a change heard at `generation` (each later than the last recorded). */
  record(generation: number, change: TableChange): void {
    // A keyed table's change that names no keys (or no collection) may have written any row.
    const keys = !KEYED[change.table]
      ? []
      : change.collectionIds && change.keys
        ? change.keys
        : null;
    this.entries.push({
      generation,
      collectionIds: change.collectionIds ?? null,
      table: change.table,
      keys,
    });
    this.keyCount += keys?.length ?? 0;
    while (this.keyCount > MAX_KEYS && this.entries.length > 0) this.forgetOldest();
  }

  /** Anything may have changed up to `generation` (a gap in hearing): nothing before is told. */
  forgetUpTo(generation: number): void {
    this.entries = [];
    this.keyCount = 0;
    this.floor = generation;
  }

  /**
   * The rows of a collection that changes heard after `generation` wrote; undefined when that
   * cannot be told, so everything may have changed.
   */
  since(collectionId: string, generation: number): ChangedRows | undefined {
    if (generation < this.floor) return undefined;
    const changed = {
      sources: new Set<string>(),
      actors: new Set<string>(),
      claims: new Set<string>(),
      tables: new Set<string>(),
    };
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i] as Entry;
      if (entry.generation <= generation) break;
      if (entry.collectionIds && !entry.collectionIds.includes(collectionId)) continue;
      if (entry.keys === null) return undefined;
      changed.tables.add(entry.table);
      const part = KEYED[entry.table];
      if (part) for (const key of entry.keys) changed[part].add(key);
    }
    return changed;
  }

  private forgetOldest() {
    const oldest = this.entries.shift() as Entry;
    this.keyCount -= oldest.keys?.length ?? 0;
    this.floor = oldest.generation;
  }
}
