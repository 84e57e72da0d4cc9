import type { KnowledgeBase, Source } from '@attest/knowledge';

/*
 * Rows removed (row-edits.ts lists them). What reads them beyond the claims that named them:
 * - an actor removed: the kind rankings and role fillers pools read (a removed actor leaves a
 *   prefix some pool read: `movedStories` in reach.ts reaches those stories; role fillers come
 *   from claims, so from the changed claims), publishers matched by name (`rowEditSeeds`
 *   compares every source's), its names and description (nothing else reads them once no
 *   claim names it: the name keys and searchable descriptions are not lent for it);
 * - a source removed: its claims (their evidence went with it: changed claims, reached with
 *   their components), and the first sources a dispute's "which source says…?" fills its
 *   options from (`firstSource`); its shown quotes and searchable text are not lent.
 */

/**
 * Why rows removed leave the new version with a reference to nothing, or null: a claim or a
 * relation naming an actor removed, a claim evidenced in a source removed (a version no
 * curator can save; made in full rather than reasoned about).
 */
export function danglingRemoval(
  next: KnowledgeBase,
  actors: readonly { id: string }[],
  sources: readonly Source[],
): string | null {
  if (actors.length > 0) {
    const gone = new Set(actors.map((a) => a.id));
    for (const c of next.claims) {
      for (const id of [c.subjectId, c.objectId, c.speakerId, c.qualifiers.placeId]) {
        if (id !== null && id !== undefined && gone.has(id)) {
          return 'a claim names an actor removed';
        }
      }
    }
    for (const r of next.relations) {
      if (gone.has(r.subjectId) || gone.has(r.objectId)) return 'a relation names an actor removed';
    }
  }
  if (sources.length > 0) {
    const gone = new Set(sources.map((s) => s.id));
    for (const c of next.claims) {
      if (c.evidence.some((e) => gone.has(e.sourceId))) {
        return 'a claim is evidenced in a source removed';
      }
    }
  }
  return null;
}
