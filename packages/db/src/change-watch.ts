import { ChangeLog } from './change-log.ts';
import type { DatabaseChange } from './changes.ts';
import type { SearchFreshness } from './search-memory.ts';

/** The tables a collection's knowledge base is read from: a write to any other leaves it as it was. */
export const KNOWLEDGE_TABLES: ReadonlySet<string> = new Set([
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
 * What a process has heard of changes to the knowledge tables (`Database.onChange`), for the
 * caches that keep what they read while nothing they read changed. Each change heard, and each
 * gap in hearing them, bumps `generation`; per collection, `changedAt` is the generation of the
 * last change that may have touched it (one that named no collection, or a gap, touches all);
 * `log` keeps which rows each change wrote (ChangeLog), so a cache can read only those.
 */
export class ChangeWatch {
  listening = false;
  generation = 0;
  readonly log = new ChangeLog();
  private allChangedAt = 0;
  private readonly collectionChangedAt = new Map<string, number>();

  /** Takes a change heard; false (and nothing moves) when it wrote no knowledge table. */
  hear(change: DatabaseChange): boolean {
    if (change.table === null) this.listening = change.listening;
    else if (!KNOWLEDGE_TABLES.has(change.table)) return false;
    this.generation++;
    if (change.table === null || !change.collectionIds) {
      if (change.table === null) this.log.forgetUpTo(this.generation);
      else this.log.record(this.generation, change);
      this.allChangedAt = this.generation;
      this.collectionChangedAt.clear();
      return true;
    }
    this.log.record(this.generation, change);
    for (const id of change.collectionIds) this.collectionChangedAt.set(id, this.generation);
    return true;
  }

  /**
   * Something may have changed that no notification has told yet (a write through this process,
   * its notification still to come): caches holding the current generation check again.
   */
  bump(): void {
    this.generation++;
  }

  /** Anything may have changed, and nothing can be told of what: as after a gap in hearing. */
  forgetAll(): void {
    this.generation++;
    this.log.forgetUpTo(this.generation);
    this.allChangedAt = this.generation;
    this.collectionChangedAt.clear();
  }

  changedAt(collectionId: string): number {
    return Math.max(this.allChangedAt, this.collectionChangedAt.get(collectionId) ?? 0);
  }

  /** Search's freshness signal (search-memory.ts) over this watch. */
  freshness(): SearchFreshness {
    const watch = this;
    return {
      get generation() {
        return watch.generation;
      },
      changedAt: (id) => watch.changedAt(id),
      changedSince: (id, generation) => watch.log.since(id, generation),
    };
  }
}
