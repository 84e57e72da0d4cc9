import { isDeepStrictEqual } from 'node:util';
import type { KnowledgeBase } from '@attest/knowledge';
import { shareIndex } from './kb-index.ts';

/** The parts of a knowledge base, in the order a change to them is reported. */
const PARTS = ['predicates', 'actors', 'sources', 'relations', 'claims', 'disputes'] as const;
export type KnowledgePart = (typeof PARTS)[number];

export interface Derivation {
  /** Whether the new base shares the previous base's index and question banks. */
  reused: boolean;
  /** The parts whose rows differ (in content or order), each once, in `PARTS` order. */
  changed: KnowledgePart[];
}

/**
 * Derives the quiz of a new version of a knowledge base from the previous one's. What it reuses
 * is only what it can prove the same: a version whose rows all equal the previous version's (a
 * reload after a write that no quiz reads, an edit undone) shares its index and question banks,
 * so its first quiz costs what a later one does. Any other change leaves the new base to be
 * indexed and banked in full on its first request: which bank questions a changed row reaches is
 * not bounded yet (distractor pools, the truths behind false statements and accepted answers read
 * the whole base), and a partly stale bank would give questions a full regeneration does not.
 */
export function deriveQuiz(previous: KnowledgeBase, next: KnowledgeBase): Derivation {
  const changed = PARTS.filter((part) => !sameRows(previous[part], next[part]));
  const reused = changed.length === 0 && previous !== next && shareIndex(previous, next);
  return { reused, changed };
}

/**
 * Whether two versions have the same rows, stopping at the first difference: counts first (free),
 * then the parts with the fewest and smallest rows. What a server asks before keeping a version.
 */
export function sameKnowledge(previous: KnowledgeBase, next: KnowledgeBase): boolean {
  if (PARTS.some((part) => previous[part].length !== next[part].length)) return false;
  return CHEAPEST_FIRST.every((part) => sameRows(previous[part], next[part]));
}

const CHEAPEST_FIRST: readonly KnowledgePart[] = [
  'predicates',
  'disputes',
  'relations',
  'actors',
  'claims',
  'sources',
];

/** Same rows in the same order (generators walk them in order): shared rows cost nothing. */
function sameRows(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && !isDeepStrictEqual(a[i], b[i])) return false;
  }
  return true;
}
