import type { DatabaseChange, OnChange } from '@attest/db';

/** Published sets kept at most (least recently started dropped first). */
const MAX_SETS = 500;

/** The tables a startable set is read from: a write to any of them may change one. */
const SET_TABLES = new Set(['QuestionSet', 'SetQuestion', 'SetQuestionClaim']);

/**
 * Published sets by share link, as startAttempt reads them, so that starting an attempt on a
 * popular link reads nothing. An entry is never trusted blindly: the statement that starts the
 * attempt writes only while the set's row still has the cached `updatedAt`, is published and not
 * deleted (every edit of a set or its questions bumps `updatedAt`, see touchSet), and a stale
 * entry makes it read the set again. Besides, the cache is emptied on every change notification
 * for the sets' tables (so a raw SQL edit that leaves `updatedAt` alone is heard too), and keeps
 * nothing while notifications are not heard.
 */
export interface SetCache<T> {
  /** The cached set, or `read`'s (kept unless a change was heard while reading). */
  load(slug: string, read: () => Promise<T>): Promise<T>;
  delete(slug: string): void;
}

export function createSetCache<T>(onChange: OnChange): SetCache<T> {
  const entries = new Map<string, T>();
  let listening = false;
  // Bumped on every drop: a set read before a change and returned after it is not kept.
  let generation = 0;
  onChange((change: DatabaseChange) => {
    if (change.table === null) listening = change.listening;
    if (change.table === null || SET_TABLES.has(change.table)) {
      generation++;
      entries.clear();
    }
  });
  return {
    async load(slug, read) {
      const cached = entries.get(slug);
      if (cached !== undefined) {
        // Most recently used last, so the oldest is dropped first.
        entries.delete(slug);
        entries.set(slug, cached);
        return cached;
      }
      const before = generation;
      const value = await read();
      if (!listening || generation !== before) return value;
      entries.set(slug, value);
      if (entries.size > MAX_SETS) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return value;
    },
    delete: (slug) => entries.delete(slug),
  };
}
