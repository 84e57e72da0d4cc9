import type { KnowledgeBase } from '@attest/knowledge';
import { actorEditReach } from './actor-edits.ts';
import { adoptBank, banksIfMade, type QuestionBank } from './bank.ts';
import { endCarry, startCarry } from './carry.ts';
import { rowChanges } from './changes.ts';
import { lendHomes } from './compatriots.ts';
import {
  adoptIndex,
  extendIndex,
  freshIndex,
  indexIfMade,
  patchIndex,
  shareIndex,
} from './kb-index.ts';
import { kindEditReach } from './kind-edits.ts';
import { reachOf } from './reach.ts';
import { reindexRelations, relationEdits, relationReach } from './relation-edits.ts';
import { danglingRemoval } from './removals.ts';
import { rowEditSeeds, rowEdits } from './row-edits.ts';
import { sameRow } from './rows.ts';
import { citingSeeds, rereadSource, sourceEditSeeds } from './source-edits.ts';
import { spliceBank } from './splice.ts';

/**
 * The parts a new version may change and still be derived (actors and sources added, removed or
 * edited in place: row-edits.ts; relations added, removed or edited: relation-edits.ts).
 */
const DERIVED_PARTS: ReadonlySet<string> = new Set([
  'claims',
  'disputes',
  'actors',
  'sources',
  'relations',
]);

/** The parts of a knowledge base, in the order a change to them is reported. */
const PARTS = ['predicates', 'actors', 'sources', 'relations', 'claims', 'disputes'] as const;
export type KnowledgePart = (typeof PARTS)[number];

export interface Derivation {
  /** Whether the new base shares the previous base's index and question banks. */
  reused: boolean;
  /** The parts whose rows differ (in content or order), each once, in `PARTS` order. */
  changed: KnowledgePart[];
  /**
   * Whether the new base's index was made and its banks derived from the previous ones, only
   * the questions of reached claims made again (see `reachOf`).
   */
  spliced: boolean;
  /** How many claims of the new version had their questions made again (when spliced). */
  reached: number;
  /**
   * Whether the new version's index is the previous one's with the claims appended indexed onto
   * it (`extendIndex`), rather than made anew: claims only added, at the end.
   */
  extended: boolean;
  /**
   * Whether the new version's index is the previous one's patched (`patchIndex`), rather than
   * made anew: claims edited, removed or inserted anywhere, actors or sources edited or removed.
   */
  patched: boolean;
  /** Why the new version is left to be banked in full on first use; null when reused or spliced. */
  fullRebuild: string | null;
}

/**
 * Derives the quiz of a new version of a knowledge base from the previous one's. A version whose
 * rows all equal the previous version's (a reload after a write that no quiz reads, an edit
 * undone) shares its index and question banks. A version whose claims or disputes changed, that
 * added actors and sources (an article brought in: row-edits.ts), edited actors in place
 * (renamed, aliases, descriptions: actor-edits.ts; a kind: kind-edits.ts), edited sources in
 * place (title, publisher, date, genre, url, text: source-edits.ts), removed actors or sources
 * (removals.ts) or changed relations (rows or claims of relation predicates: relation-edits.ts),
 * gets its own index at once and banks spliced from the previous ones: the questions of the
 * claims the change reaches made again, every other kept (splice.ts), exactly the questions a
 * full regeneration gives. Whatever cannot be bounded (predicates changed, an actor, source or
 * relation moved, a place's or a country's kind or a country changed, a row removed that a claim
 * or relation still names, a pool of no story moved or read an edited actor or a place whose
 * region changed: reach.ts) is left to be made in full on first use, and `fullRebuild` says why.
 */
export function deriveQuiz(previous: KnowledgeBase, next: KnowledgeBase): Derivation {
  const changed = PARTS.filter((part) => !sameRows(previous[part], next[part]));
  let extended = false;
  let patched = false;
  const derivation = (spliced: boolean, reached: number, fullRebuild: string | null) => ({
    reused: false,
    changed,
    spliced,
    reached,
    extended,
    patched,
    fullRebuild,
  });
  if (changed.length === 0) {
    const reused = previous !== next && shareIndex(previous, next);
    return { ...derivation(false, 0, reused ? null : 'nothing to share'), reused };
  }
  const before = indexIfMade(previous);
  if (!before) return derivation(false, 0, 'the previous version has no index');
  if (indexIfMade(next)) return derivation(false, 0, 'the new version has an index already');
  const banks = banksIfMade(before);
  if (banks.size === 0) return derivation(false, 0, 'the previous version has no bank');
  const other = changed.find((part) => !DERIVED_PARTS.has(part));
  if (other) return derivation(false, 0, `${other} changed`);
  // Actors and sources may have been added (an article brought in), removed, or edited in place:
  // every other row kept as it was, in order.
  const diff = rowEdits(previous, next);
  if (typeof diff === 'string') return derivation(false, 0, diff);
  const dangling = danglingRemoval(next, diff.removedActors, diff.removedSources);
  if (dangling) return derivation(false, 0, dangling);
  const changes = rowChanges(previous, next);
  if (typeof changes === 'string') return derivation(false, 0, changes);
  const relations = relationEdits(previous, next);
  if (typeof relations === 'string') return derivation(false, 0, relations);

  // What the rows kept alone make is lent, but what an edited or removed actor's names and
  // description make, and an edited or removed source's quotes and text (kb-index.ts).
  const edited = new Set(diff.edited.map((a) => a.id));
  const reread = diff.editedSources.filter(rereadSource).map((e) => e.is.id);
  const rows = {
    actors: new Set([...edited, ...diff.removedActors.map((a) => a.id)]),
    sources: new Set([...reread, ...diff.removedSources.map((s) => s.id)]),
    sameActors: edited.size === 0 && diff.actors.length === 0 && diff.removedActors.length === 0,
    sameSources:
      diff.editedSources.length === 0 &&
      diff.sources.length === 0 &&
      diff.removedSources.length === 0,
  };
  const touched = new Set<string>(diff.sources.map((s) => s.id));
  for (const claim of [...changes.before, ...changes.after]) {
    for (const e of claim.evidence) touched.add(e.sourceId);
  }
  // Claims appended and nothing else changed (the common change: a claim added): the new claims
  // are indexed onto the previous index. It reads the previous version's rows for the claims
  // both hold (equal in content, as a shared index does), so every list it shares holds them.
  const first = previous.claims.length;
  // (Not with an actor edited or removed, nor a source edited or removed: the previous index's
  // profiles, rankings and sources hold their old rows.)
  const rowsKept =
    rows.actors.size === 0 && diff.editedSources.length === 0 && diff.removedSources.length === 0;
  const appended =
    rowsKept &&
    changes.before.length === 0 &&
    next.claims.length === first + changes.after.length &&
    changes.after.every((claim, i) => next.claims[first + i] === claim);
  const grown = appended
    ? extendIndex(
        before,
        { ...next, claims: [...previous.claims, ...changes.after] },
        changes.after,
        touched,
      )
    : null;
  extended = grown !== null;
  // Else (claims edited, removed or inserted anywhere; actors or sources edited or removed) the
  // keys changed claims write to are indexed again from every claim that may write to them, and
  // what the rows kept alone make is lent (patchIndex): made anew only when too many claims
  // changed.
  const patch = grown
    ? null
    : patchIndex(before, next, changes.before, changes.after, touched, rows);
  patched = patch !== null;
  const after = grown ?? patch ?? freshIndex(next, before, touched, rows);
  // An extended or patched index holds the previous version's relation lookups (but for the
  // changed claims'): made again from every row when relations changed.
  if ((grown || patch) && relations.length > 0) reindexRelations(after);
  // Homes read relations and the claims of relation and distinct-valued predicates only (a
  // claim counts under the predicates its own implies too: kb-index.ts).
  const homesKept = [...changes.before, ...changes.after].every((claim) => {
    const predicate = after.predicates.get(claim.predicateId);
    if (!predicate || predicate.relation) return false;
    return [predicate.id, ...predicate.implies].every(
      (id) => after.predicates.get(id)?.distinctValues === false,
    );
  });
  // Homes come from relations and those claims alone: an actor added has none until a claim
  // above gives it one, and none are lent when a relation changed.
  if (homesKept && relations.length === 0) lendHomes(before, after);
  // Made either way: the first request would make it.
  adoptIndex(next, after);
  const edits = actorEditReach(before, after, diff.edited);
  if (typeof edits === 'string') return derivation(false, 0, edits);
  // An actor's kind changed: the pools of either kind that read it, and its values' pools.
  const kinds = kindEditReach(before, after, diff.edited);
  if (typeof kinds === 'string') return derivation(false, 0, kinds);
  const seeds = [
    ...rowEditSeeds(before, after, diff),
    ...edits.seeds,
    ...kinds,
    ...sourceEditSeeds(before, after, diff.editedSources),
    // A claim that lost a source's quotes may prove false statements of any component.
    ...citingSeeds(
      before,
      diff.removedSources.map((s) => s.id),
    ),
  ];
  const related = relationReach(before, after, relations, changes);
  if (typeof related === 'string') return derivation(false, 0, related);
  seeds.push(...related.seeds);
  const reach = reachOf(before, after, changes, seeds, [...edits.roots, ...related.roots]);
  if (typeof reach === 'string') return derivation(false, 0, reach);
  const spliced = new Map<boolean, QuestionBank>();
  // What unreached claims alone make (facts, list groups, claim indexes) is carried over from
  // the previous index while the banks are spliced (carry.ts).
  startCarry(before, after, reach);
  try {
    for (const [includeOffTopic, bank] of banks) {
      const made = spliceBank(after, bank, includeOffTopic, reach);
      if (!made) return derivation(false, 0, "a question's place could not be told");
      spliced.set(includeOffTopic, made);
    }
  } finally {
    endCarry(after);
  }
  for (const [includeOffTopic, bank] of spliced) adoptBank(after, includeOffTopic, bank);
  // The kept questions' pools read what the previous version's did (reach.ts checked it the same).
  for (const [list, reads] of before.scanned) {
    const known = after.scanned.get(list) ?? new Map<number, Set<string>>();
    after.scanned.set(list, known);
    for (const [read, stories] of reads) {
      known.set(read, new Set([...(known.get(read) ?? []), ...stories]));
    }
  }
  return derivation(true, reach.claims.size, null);
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
    if (a[i] !== b[i] && !sameRow(a[i], b[i])) return false;
  }
  return true;
}
