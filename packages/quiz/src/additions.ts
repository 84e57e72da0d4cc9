import type { Actor, KnowledgeBase, Source } from '@attest/knowledge';
import { sourcesReadFor } from './generators/sources-disagree.ts';
import type { QuizIndex } from './kb-index.ts';
import { sameRow } from './rows.ts';

/**
 * Actors and sources a new version added, and actors it edited in place (same id, kind and place:
 * a name, an alias or a description changed); every other row of the previous version kept as
 * it was.
 */
export interface Additions {
  actors: Actor[];
  sources: Source[];
  /** Actors whose row changed in place, as the new version has them (actor-edits.ts). */
  edited: Actor[];
  /** The place in the new version's sources of the first one added (Infinity: none). */
  firstSource: number;
}

/**
 * The actors and sources a new version added (what bringing an article in does: a source, its
 * new actors) and the actors it edited in place (renamed, an alias added, a description
 * reworded), or why the change is more than that: a source changed, an actor's kind changed, a
 * country changed, a row went or moved among the others. The database reads rows by id, so new
 * rows may come anywhere, not only at the end.
 */
export function rowAdditions(previous: KnowledgeBase, next: KnowledgeBase): Additions | string {
  const edited: Actor[] = [];
  const actors = added(previous.actors, next.actors, 'actor', (was, is) => {
    const why = uneditable(was, is);
    if (why === null) edited.push(is);
    return why;
  });
  if (typeof actors === 'string') return actors;
  const sources = added(
    previous.sources,
    next.sources,
    'source',
    () => 'an existing source changed',
  );
  if (typeof sources === 'string') return sources;
  const ids = new Set(sources.map((s) => s.id));
  const first = next.sources.findIndex((s) => ids.has(s.id));
  return { actors, sources, edited, firstSource: first < 0 ? Number.POSITIVE_INFINITY : first };
}

/**
 * Why an actor's edit cannot be derived, or null when it can (actor-edits.ts bounds what its
 * names and description reach). A kind decides rankings, pools and homes across the base; a
 * country is every compatriot's home and is matched against the world's country names, and most
 * of a base reaches it anyway.
 */
function uneditable(was: Actor, is: Actor): string | null {
  if (was.kind !== is.kind) return "an existing actor's kind changed";
  if (is.kind === 'COUNTRY') return 'an existing country changed';
  return null;
}

/**
 * The rows of `b` that `a` lacks, when `b` holds every row of `a` in order, each unchanged or
 * changed as `changed` allows (it answers why not, or null).
 */
function added<T extends { id: string }>(
  a: readonly T[],
  b: readonly T[],
  what: string,
  changed: (was: T, is: T) => string | null,
): T[] | string {
  if (a === b) return [];
  const extra: T[] = [];
  let i = 0;
  for (const row of b) {
    const was = a[i];
    if (was !== undefined && was.id === row.id) {
      if (was !== row && !sameRow(was, row)) {
        const why = changed(was, row);
        if (why !== null) return why;
      }
      i++;
    } else extra.push(row);
  }
  // Every row of `a` matched in order: one left over went, or moved behind a later one.
  if (i < a.length) return `an existing ${what} was removed or moved`;
  const ids = new Set(a.map((row) => row.id));
  if (extra.some((row) => ids.has(row.id))) return `an existing ${what} was removed or moved`;
  return extra;
}

/**
 * Claims whose questions read what the additions changed beyond the claims that name the new
 * rows (those are reached through their actors and sources: reach.ts):
 * - a source's publishers (matched by name: an actor added, or one renamed, may be "Foreign
 *   Policy" the publisher), which true/false and open questions of its story leave out;
 * - the first sources of the base, from which a dispute's "which source says…?" fills its
 *   options: a source added among those a dispute may read reaches it.
 */
export function additionSeeds(before: QuizIndex, after: QuizIndex, additions: Additions): string[] {
  const seeds: string[] = [];
  // An actor renamed may come to publish a source, or stop: compared as for one added.
  if (additions.actors.length > 0 || additions.edited.length > 0) {
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
    if (first && second && additions.firstSource < sourcesReadFor(first, second)) {
      seeds.push(first.id);
    }
  }
  return seeds;
}
