import type { Actor, KnowledgeBase, Source } from '@attest/knowledge';
import { sourcesReadFor } from './generators/sources-disagree.ts';
import type { QuizIndex } from './kb-index.ts';
import { unboundedKind } from './kind-edits.ts';
import { sameRow } from './rows.ts';

/**
 * How a new version's actors and sources differ from the previous one's: rows added (wherever
 * they come), removed, or edited in place (same id; the rows both versions hold in the same
 * order). Every other row kept as it was.
 */
export interface RowEdits {
  /** Actors and sources added, wherever they come. */
  actors: Actor[];
  sources: Source[];
  /** Actors whose row changed in place, as the new version has them (actor-edits.ts). */
  edited: Actor[];
  /** Sources whose row changed in place, as the new version has them (source-edits.ts). */
  editedSources: SourceEdit[];
  /** Actors and sources the new version no longer has, as the previous version had them. */
  removedActors: Actor[];
  removedSources: Source[];
  /**
   * The first place where the two versions' lists of sources read differently as options (an
   * id, a title or a publisher: a source added, removed or relabelled there), Infinity when
   * they read the same: "which source says…?" fills its options from the first sources.
   */
  firstSource: number;
}

/** A source edited in place: both rows. */
export interface SourceEdit {
  was: Source;
  is: Source;
}

/**
 * The actors and sources a new version added (what bringing an article in does: a source, its
 * new actors), removed (a source withdrawn, an actor no claim names any more) and edited in
 * place (an actor renamed, an alias added, a description reworded, its kind changed but to or
 * from a place's or a country's; a source's title, publisher, date, url, genre or text
 * corrected), or why the change is more than that: a place's or a country's kind changed, a
 * country changed, a row moved among the others. The database reads rows by id, so
 * new rows may come anywhere, not only at the end.
 */
export function rowEdits(previous: KnowledgeBase, next: KnowledgeBase): RowEdits | string {
  const edited: Actor[] = [];
  const actors = rowDiff(previous.actors, next.actors, 'actor', (was, is) => {
    const why = uneditable(was, is);
    if (why === null) edited.push(is);
    return why;
  });
  if (typeof actors === 'string') return actors;
  const editedSources: SourceEdit[] = [];
  const sources = rowDiff(previous.sources, next.sources, 'source', (was, is) => {
    editedSources.push({ was, is });
    return null;
  });
  if (typeof sources === 'string') return sources;
  return {
    actors: actors.added,
    sources: sources.added,
    edited,
    editedSources,
    removedActors: actors.removed,
    removedSources: sources.removed,
    firstSource: firstRelabelled(previous.sources, next.sources),
  };
}

/**
 * Why an actor's edit cannot be derived, or null when it can (actor-edits.ts bounds what its
 * names and description reach, kind-edits.ts what its kind does, but a place's or a country's).
 * A country is every compatriot's home and is matched against the world's country names, and
 * most of a base reaches it anyway.
 */
function uneditable(was: Actor, is: Actor): string | null {
  const kind = unboundedKind(was.kind, is.kind);
  if (kind !== null) return kind;
  if (is.kind === 'COUNTRY') return 'an existing country changed';
  return null;
}

/**
 * The rows of `b` that `a` lacks and those of `a` that `b` lacks, when the rows both hold come
 * in the same order, each unchanged or changed as `changed` allows (it answers why not, or null).
 */
function rowDiff<T extends { id: string }>(
  a: readonly T[],
  b: readonly T[],
  what: string,
  changed: (was: T, is: T) => string | null,
): { added: T[]; removed: T[] } | string {
  if (a === b) return { added: [], removed: [] };
  const inA = new Set(a.map((row) => row.id));
  const inB = new Set(b.map((row) => row.id));
  const added = b.filter((row) => !inA.has(row.id));
  const removed = a.filter((row) => !inB.has(row.id));
  let i = 0;
  for (const row of b) {
    if (!inA.has(row.id)) continue;
    while (i < a.length && !inB.has((a[i] as T).id)) i++;
    const was = a[i] as T;
    // The rows both hold, in order: another row here means one moved.
    if (was.id !== row.id) return `an existing ${what} moved`;
    if (was !== row && !sameRow(was, row)) {
      const why = changed(was, row);
      if (why !== null) return why;
    }
    i++;
  }
  return { added, removed };
}

/**
 * The first place where two lists of sources differ in what an option shows of them (id, title,
 * publisher: `sourceLabel`), Infinity when they do not.
 */
function firstRelabelled(a: readonly Source[], b: readonly Source[]): number {
  if (a === b) return Number.POSITIVE_INFINITY;
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const [x, y] = [a[i] as Source, b[i] as Source];
    if (x === y) continue;
    if (x.id !== y.id || x.title !== y.title || x.publisher !== y.publisher) return i;
  }
  return a.length === b.length ? Number.POSITIVE_INFINITY : shorter;
}

/**
 * Claims whose questions read what the edits changed beyond the claims that name the new
 * rows (those are reached through their actors and sources: reach.ts):
 * - a source's publishers (matched by name: an actor added, renamed or removed may be, or have
 *   been, "Foreign Policy" the publisher; a source's publisher edited), which true/false and
 *   open questions of its story leave out;
 * - the first sources of the base, from which a dispute's "which source says…?" fills its
 *   options: a source added, removed or relabelled among those a dispute may read reaches it.
 */
export function rowEditSeeds(before: QuizIndex, after: QuizIndex, edits: RowEdits): string[] {
  const seeds: string[] = [];
  // An actor renamed may come to publish a source, or stop: compared as for one added.
  const renamed =
    edits.actors.length > 0 ||
    edits.edited.length > 0 ||
    edits.removedActors.length > 0 ||
    edits.editedSources.length > 0;
  if (renamed) {
    for (const source of before.kb.sources) {
      const was = before.publishers.get(source.id) ?? [];
      const is = after.publishers.get(source.id) ?? [];
      if (was.length === is.length && was.every((id, i) => id === is[i])) continue;
      for (const claim of after.claimsBySource.get(source.id) ?? []) seeds.push(claim.id);
    }
  }
  for (const dispute of after.kb.disputes) {
    const first = after.claims.get(dispute.firstId);
    const second = after.claims.get(dispute.secondId);
    if (first && second && edits.firstSource < sourcesReadFor(first, second)) {
      seeds.push(first.id);
    }
  }
  return seeds;
}
