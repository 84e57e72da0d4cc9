import type { Actor, KnowledgeBase, Source } from '@attest/knowledge';
import { sourcesReadFor } from './generators/sources-disagree.ts';
import type { QuizIndex } from './kb-index.ts';
import { sameRow } from './rows.ts';

/** Actors and sources a new version added, every row of the previous version kept as it was. */
export interface Additions {
  actors: Actor[];
  sources: Source[];
  /** The place in the new version's sources of the first one added (Infinity: none). */
  firstSource: number;
}

/**
 * The actors and sources a new version added (what bringing an article in does: a source, its
 * new actors), or why the change is more than that: a row of the previous version changed
 * (a renamed actor, an alias added), went or moved among the others. The database reads rows by
 * id, so new rows may come anywhere, not only at the end.
 */
export function rowAdditions(previous: KnowledgeBase, next: KnowledgeBase): Additions | string {
  const actors = added(previous.actors, next.actors, 'actor');
  if (typeof actors === 'string') return actors;
  const sources = added(previous.sources, next.sources, 'source');
  if (typeof sources === 'string') return sources;
  const ids = new Set(sources.map((s) => s.id));
  const first = next.sources.findIndex((s) => ids.has(s.id));
  return { actors, sources, firstSource: first < 0 ? Number.POSITIVE_INFINITY : first };
}

/** The rows of `b` that `a` lacks, when `b` holds every row of `a` unchanged and in order. */
function added<T extends { id: string }>(
  a: readonly T[],
  b: readonly T[],
  what: string,
): T[] | string {
  if (a === b) return [];
  const extra: T[] = [];
  let i = 0;
  for (const row of b) {
    const was = a[i];
    if (was !== undefined && was.id === row.id) {
      if (was !== row && !sameRow(was, row)) return `an existing ${what} changed`;
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
 * - a source's publishers (matched by name: an actor added may be "Foreign Policy" the
 *   publisher), which true/false and open questions of its story leave out;
 * - the first sources of the base, from which a dispute's "which source says…?" fills its
 *   options: a source added among those a dispute may read reaches it.
 */
export function additionSeeds(before: QuizIndex, after: QuizIndex, additions: Additions): string[] {
  const seeds: string[] = [];
  if (additions.actors.length > 0) {
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
