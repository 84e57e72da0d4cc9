import type { KnowledgeBase, PartialDate, Relation } from '@attest/knowledge';
import type { RowChanges } from './changes.ts';
import { ANY_STORY } from './distractors.ts';
import { indexRelationRow, indexStatedRelation, type QuizIndex } from './kb-index.ts';
import { placesAround } from './places.ts';
import { addReaders, rankedList, storyClaims } from './pool-readers.ts';

/*
 * Relations changed (a membership added, a position ended), and claims of relation predicates
 * (which state a relation too: kb-index.ts). What reads them, and so what such a change reaches:
 * - what ties two actors (`relationLinks`, `groupsOf`, `partsOf`, the subjects and objects of a
 *   relation: truth.ts, adversaries, fill-in's accepted answers, a membership list) and a home
 *   (compatriots.ts: a home is a country tied to an actor within two steps) is only ever true
 *   between actors the relations and claims join, so it differs only between actors joined
 *   through a changed relation: the component of its two actors (reach.ts, in either version);
 * - the order of a group's members or an actor's groups: keyed by the relation's own actors;
 * - a place's region (`placesAround`), read of any candidate a pool offers (`inAnotherRegion`,
 *   `outsideEveryRegionOf`: a place outside the answers' regions fits poorly), joined to the
 *   question or not: every place within a changed relation's PART_OF chain whose region reads
 *   otherwise now reaches the stories of the pools that read it in a ranked list (distractors.ts
 *   `scanned`), and a pool of no story rebuilds everything;
 * - homes are worked out again (not lent: derive.ts); roles, rankings and values come from
 *   claims and are reached as for any claim (reach.ts).
 */

/**
 * The relation rows one version has and the other not (an edited row is both), or why they cannot
 * be told apart: rows both versions hold that moved (the index walks them in order, so a group's
 * members would come in another order).
 */
export function relationEdits(previous: KnowledgeBase, next: KnowledgeBase): Relation[] | string {
  if (previous.relations === next.relations) return [];
  // Rows both versions share in place at either end (the same objects) differ in nothing.
  const [a, b] = [previous.relations, next.relations];
  let head = 0;
  const shorter = Math.min(a.length, b.length);
  while (head < shorter && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < shorter - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const was = a.slice(head, a.length - tail);
  const is = b.slice(head, b.length - tail);
  const keep = (from: readonly Relation[], other: readonly Relation[]) => {
    const counts = new Map<string, number>();
    for (const r of other) counts.set(relationKey(r), (counts.get(relationKey(r)) ?? 0) + 1);
    const kept: string[] = [];
    const gone: Relation[] = [];
    for (const r of from) {
      const key = relationKey(r);
      const left = counts.get(key) ?? 0;
      if (left > 0) {
        counts.set(key, left - 1);
        kept.push(key);
      } else gone.push(r);
    }
    return { kept, gone };
  };
  const gone = keep(was, is);
  const come = keep(is, was);
  if (gone.kept.some((key, i) => key !== come.kept[i])) return 'relations both versions hold moved';
  return [...gone.gone, ...come.gone];
}

const dateKey = (d: PartialDate | null) => (d ? `${d.value}/${d.precision}` : '');
const relationKey = (r: Relation) =>
  [r.type, r.subjectId, r.objectId, dateKey(r.start), dateKey(r.end), r.claimId ?? ''].join(
    '\u0000',
  );

/** What changed relations reach beyond the changed claims' own components. */
export interface RelationReach {
  /** Actors whose components are reached whole: both actors of every changed relation row. */
  roots: string[];
  /** Claims reached beyond them: those of the stories whose pools read a place re-regioned. */
  seeds: string[];
}

/**
 * What relation rows changed (`relations`) and claims of relation predicates changed (among
 * `changes`) reach beyond their components, or why that cannot be bounded (a pool of no story
 * read a place whose region changed).
 */
export function relationReach(
  before: QuizIndex,
  after: QuizIndex,
  relations: readonly Relation[],
  changes: RowChanges,
): RelationReach | string {
  const roots = relations.flatMap((r) => [r.subjectId, r.objectId]);
  const subjects = new Set(relations.map((r) => r.subjectId));
  for (const claim of [...changes.before, ...changes.after]) {
    if (before.predicates.get(claim.predicateId)?.relation) subjects.add(claim.subjectId);
  }
  if (subjects.size === 0) return { roots, seeds: [] };
  // A place's region is the chain of wholes it is part of: every part (down `partsOf`, in either
  // version) of a changed relation's subject may read another.
  const within = new Set<string>();
  const queue = [...subjects];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (within.has(id)) continue;
    within.add(id);
    for (const index of [before, after]) {
      for (const part of index.partsOf.get(id) ?? []) queue.push(part);
    }
  }
  const regioned = new Set<string>();
  for (const id of within) {
    const was = before.actors.get(id);
    const is = after.actors.get(id);
    const around = (index: QuizIndex, actor: typeof was) =>
      actor ? placesAround(index, actor).map((p) => p.id) : [];
    const a = around(before, was);
    const b = around(after, is);
    if (a.length !== b.length || a.some((p, i) => p !== b[i])) regioned.add(id);
  }
  if (regioned.size === 0) return { roots, seeds: [] };
  const stories = new Set<string>();
  for (const [list, reads] of before.scanned) {
    for (const index of [before, after]) {
      const ranked = rankedList(index, list);
      const end = Math.min(Math.max(...reads.keys()), ranked.length);
      for (let i = 0; i < end; i++) {
        if (regioned.has(ranked[i]?.actor.id ?? '')) addReaders(reads, i, stories);
      }
    }
  }
  if (stories.has(ANY_STORY)) return 'a pool of no story read a place whose region changed';
  return { roots, seeds: storyClaims(after, stories) };
}

/**
 * The lookups relations make (truths, links, groups, parts, subjects and objects of a relation),
 * made again from the index's base: its relation rows, then its claims of relation predicates, in
 * the order `buildIndex` writes them (so each group lists its members as a new index would). For
 * an index extended with appended claims (`extendIndex`) over a version whose relation rows
 * changed: nothing else an extension makes reads them. Every map and set is new, so the previous
 * index's are left as they were.
 */
export function reindexRelations(index: QuizIndex): void {
  index.relationTruths = new Set();
  index.relationLinks = new Set();
  index.relationSubjectsOf = new Map();
  index.relationObjectsOf = new Map();
  index.groupsOf = new Map();
  index.partsOf = new Map();
  for (const r of index.kb.relations) indexRelationRow(index, r);
  for (const claim of index.kb.claims) indexStatedRelation(index, claim);
}
