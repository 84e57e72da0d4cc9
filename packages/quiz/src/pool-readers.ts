import type { Actor } from '@attest/knowledge';
import type { ActorProfile } from './actor-profile.ts';
import type { QuizIndex } from './kb-index.ts';

/*
 * Who read a ranked list how far (`index.scanned`: list → how far read → the stories of the pools
 * that read so far), and the claims a change to such a list reaches: what reach.ts and each kind
 * of edit it derives (actor-edits.ts, kind-edits.ts, relation-edits.ts) ask alike.
 */

/** The ranked list `index.scanned` names: the actors of a kind, or the fillers of a role. */
export const rankedList = (index: QuizIndex, list: string): readonly ActorProfile[] =>
  (list.startsWith('kind|')
    ? index.actorsByKind.get(list.slice('kind|'.length) as Actor['kind'])
    : index.roleFillers.get(list.slice('role|'.length))) ?? [];

/** Adds to `stories` those of the pools that read a list up to or past `place` (0-based). */
export function addReaders(
  reads: ReadonlyMap<number, ReadonlySet<string>>,
  place: number,
  stories: Set<string>,
): void {
  for (const [read, readers] of reads) {
    if (place < read) for (const story of readers) stories.add(story);
  }
}

/** The claims of the stories (sources) named: what their pools' questions are made of. */
export const storyClaims = (index: QuizIndex, stories: Iterable<string>): string[] =>
  [...stories].flatMap((source) => (index.claimsBySource.get(source) ?? []).map((c) => c.id));
