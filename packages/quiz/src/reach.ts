import type { Claim } from '@attest/knowledge';
import type { ActorProfile } from './actor-profile.ts';
import type { RowChanges } from './changes.ts';
import { ANY_STORY } from './distractors.ts';
import type { QuizIndex } from './kb-index.ts';
import { rankedList, storyClaims } from './pool-readers.ts';
import { familyKey, predicateFamily, roleKey } from './roles.ts';
import { valueKey } from './values.ts';

/** The claims a change reaches: their questions are made again, every other one is kept. */
export interface Reach {
  /** Claims of the new version whose questions are made again. */
  claims: Set<string>;
  /** Claims whose old questions are dropped: those, and claims the new version removed. */
  dropped: Set<string>;
}

/**
 * Which claims of the new version a change of claims and disputes can reach, or why that cannot
 * be bounded (then the new version is made in full). Every question is built from one candidate
 * (a fact, a list, a group, a dispute, a quote) whose claims share an actor, and what it reads
 * beyond them is reached through an actor, a source or a relation (facts, truths, story casts,
 * places, groups, compatriots), or is one of a few things the whole base shares:
 * - the most prominent actors of a kind and the first fillers of a role, from which every pool
 *   takes outsiders (distractors.ts notes how far each pool read): when a change moves the
 *   actors within a prefix some pool read, the claims of that pool's story are reached (and a
 *   pool of no story rebuilds everything);
 * - who fills a role, which a swap into a true/false statement must (roles.ts), and picky kinds
 *   must to be pooled at all: when an actor that pools may take beyond its own story starts or
 *   stops filling one, every claim of that role's predicates is reached;
 * - values: the subjects sharing a value under a predicate (who else was founded in 1949) and a
 *   predicate's first values, which its value pools read (value-distractors.ts);
 * - relations and groups (homes, groups, adversaries) tie only actors they join, so within the
 *   component; a place's region is read of any candidate a pool offers: relation-edits.ts
 *   reaches the stories of the pools that read a place whose region changed (`extraSeeds`),
 *   and both actors of a relation row changed (`extraRoots`).
 * So the reach is every claim connected to a changed one through actors, sources, relations and
 * disputes (at 100× copies of the corpus, one copy), plus the components of what is reached above.
 */
export function reachOf(
  before: QuizIndex,
  after: QuizIndex,
  changes: RowChanges,
  /** Claims reached beyond the changed ones' components (rows added: row-edits.ts). */
  extraSeeds: readonly string[] = [],
  /** Actors whose components are reached whole (actors edited: actor-edits.ts). */
  extraRoots: readonly string[] = [],
): Reach | string {
  const rows = [...changes.before, ...changes.after];
  // Pools whose outsiders a change moved: the questions of their stories are reached.
  const stories = new Set<string>();
  for (const [list, reads] of before.scanned) {
    const ranked = (index: QuizIndex) => rankedList(index, list);
    for (const source of movedStories(ranked(before), ranked(after), reads)) stories.add(source);
  }
  if (stories.has(ANY_STORY)) return 'a pool of no story read a ranked list that moved';

  const roles = rolesReached(before, after, rows);
  const parts = components(after, changes);
  const roots = new Set<string>();
  const reach = (actorId: string) => roots.add(parts.find(actorId));
  for (const claim of rows) reach(claim.subjectId);
  for (const actorId of extraRoots) reach(actorId);
  for (const dispute of changes.disputes) {
    for (const id of [dispute.firstId, dispute.secondId]) {
      const claim = after.claims.get(id) ?? before.claims.get(id);
      if (claim) reach(claim.subjectId);
    }
  }
  // Beyond the component, what is reached is read by questions of known claims: those claims,
  // with every claim they share a candidate with.
  const seeds: string[] = [...extraSeeds];
  // A claim disputed, or no longer, is framed otherwise (by its sources), so it joins or leaves
  // the lists of a value it shares with claims of other components (who else said this quote):
  // those are made again whole.
  for (const dispute of changes.disputes) seeds.push(dispute.firstId, dispute.secondId);
  const predicates = new Set(rows.map((c) => c.predicateId));
  // A dispute reads the objects of its predicate across the base (sources-disagree.ts).
  for (const dispute of after.kb.disputes) {
    const claim = after.claims.get(dispute.firstId);
    if (claim && predicates.has(claim.predicateId)) seeds.push(dispute.firstId);
  }
  seeds.push(...storyClaims(after, stories));
  const values = valuesReached(before, after, rows);
  if (roles.size > 0 || values.keys.size > 0 || values.predicates.size > 0) {
    for (const claim of after.kb.claims) {
      if (roles.size > 0 && predicateReached(after, claim.predicateId, roles)) seeds.push(claim.id);
      else if (values.predicates.has(claim.predicateId)) seeds.push(claim.id);
      else if (claim.value !== null && values.keys.size > 0) {
        const key = valueKey(claim.value);
        for (const p of truthsOf(after, claim.predicateId)) {
          if (values.keys.has(`${p}|${key}`)) seeds.push(claim.id);
        }
      }
    }
  }
  // Joined only when something beyond the component was reached (a pass over every claim).
  const together = seeds.length > 0 ? candidates(after, changes) : null;
  const reachedTogether = new Set(seeds.map((id) => together?.find(id)));
  const claims = new Set<string>();
  for (const claim of after.kb.claims) {
    if (roots.has(parts.find(claim.subjectId))) claims.add(claim.id);
    else if (together && reachedTogether.has(together.find(claim.id))) claims.add(claim.id);
  }
  return { claims, dropped: new Set([...claims, ...changes.removed]) };
}

/**
 * What changed values reach beyond their own component: the subjects that share a value under a
 * predicate (`subjectsOf`: who else was founded in 1949, a fill-in's accepted answers), and every
 * claim of a predicate whose value pool (its first values, value-distractors.ts) changed.
 */
function valuesReached(before: QuizIndex, after: QuizIndex, rows: readonly Claim[]) {
  const keys = new Set<string>();
  const predicates = new Set<string>();
  const changed = new Set(rows.map((c) => c.id));
  for (const claim of rows) {
    if (claim.value === null) continue;
    const key = valueKey(claim.value);
    for (const p of truthsOf(after, claim.predicateId)) keys.add(`${p}|${key}`);
    const p = claim.predicateId;
    const was = before.valueClaimsByPredicate.get(p) ?? [];
    const is = after.valueClaimsByPredicate.get(p) ?? [];
    for (let i = 0; i < VALUE_POOL_READ && i < Math.max(was.length, is.length); i++) {
      const id = was[i]?.id;
      if (id === undefined || id !== is[i]?.id || changed.has(id)) {
        predicates.add(p);
        break;
      }
    }
  }
  return { keys, predicates };
}

/** How many of a predicate's values a value pool reads (value-distractors.ts). */
const VALUE_POOL_READ = 40;

/** A predicate and those it implies: what a claim of it makes true (kb-index.ts). */
const truthsOf = (index: QuizIndex, predicateId: string): string[] => [
  predicateId,
  ...(index.predicates.get(predicateId)?.implies ?? []),
];

/**
 * The role keys whose fillers changed where a pool beyond the changed claims' own stories could
 * see it: a list's prefix that a pool read moved, or an actor that such pools may offer (the
 * most prominent of its kind, the first fillers of a role) started or stopped filling it.
 */
function rolesReached(before: QuizIndex, after: QuizIndex, rows: readonly Claim[]): Set<string> {
  const keys = new Set<string>();
  for (const claim of rows) {
    for (const side of ['subject', 'object'] as const) {
      if (side === 'object' && claim.objectId === null) continue;
      const role = { side, predicateId: claim.predicateId };
      keys.add(roleKey(role));
      keys.add(familyKey(role));
    }
  }
  const reached = new Set<string>();
  for (const key of keys) {
    const was = before.roleActors.get(key) ?? new Set<string>();
    const is = after.roleActors.get(key) ?? new Set<string>();
    if (sameSet(was, is)) continue;
    const exposed = exposedActors(before, after, key);
    const moved = [...was].filter((id) => !is.has(id)).concat([...is].filter((id) => !was.has(id)));
    if (moved.some((id) => exposed.has(id))) reached.add(key);
  }
  return reached;
}

/** A role key's side and predicate family: the pools that read one key read the other too. */
function familyOf(key: string): string {
  const [side = '', rest = ''] = key.split('|');
  const family = rest.startsWith('family:') ? rest.slice('family:'.length) : predicateFamily(rest);
  return `${side}|${family}`;
}

/**
 * Actors that a pool asking for this role may take beyond its own story: those within what any
 * pool read of a kind's ranking, or of the fillers of this role and its family (a pool for a
 * role reads both). Those a change added to or removed from the fillers' read prefix are the
 * moved stories' (`movedStories`).
 */
function exposedActors(before: QuizIndex, after: QuizIndex, key: string): Set<string> {
  const exposed = new Set<string>();
  const family = familyOf(key);
  for (const index of [before, after]) {
    for (const [list, reads] of before.scanned) {
      if (!list.startsWith('kind|') && familyOf(list.slice('role|'.length)) !== family) continue;
      const ranked = rankedList(index, list);
      const end = Math.min(Math.max(...reads.keys()), ranked.length);
      for (let i = 0; i < end; i++) exposed.add((ranked[i] as ActorProfile).actor.id);
    }
  }
  return exposed;
}

/** Whether a pool for a role of this predicate (or one it implies) reads one of these keys. */
function predicateReached(index: QuizIndex, predicateId: string, keys: ReadonlySet<string>) {
  const predicate = index.predicates.get(predicateId);
  for (const id of [predicateId, ...(predicate?.implies ?? [])]) {
    for (const side of ['subject', 'object'] as const) {
      const role = { side, predicateId: id };
      if (keys.has(roleKey(role)) || keys.has(familyKey(role))) return true;
    }
  }
  return false;
}

/**
 * Actors joined by claims (subject, object, speaker, place, and the sources that evidence them),
 * relations and disputes, in the new version plus the rows the change removed: whatever a
 * question reads through its actors stays within its component.
 */
function components(after: QuizIndex, changes: RowChanges) {
  const { find, join } = unionFind();
  const claimsById = new Map(after.claims);
  for (const claim of changes.before)
    if (!claimsById.has(claim.id)) claimsById.set(claim.id, claim);
  const joinClaim = (claim: (typeof changes.before)[number]) => {
    const s = claim.subjectId;
    for (const id of [claim.objectId, claim.speakerId, claim.qualifiers.placeId]) {
      if (id !== null && id !== undefined) join(s, id);
    }
    // Sources live beside actors under a prefix no actor id carries.
    for (const e of claim.evidence) join(s, `\u0000source:${e.sourceId}`);
  };
  for (const claim of after.kb.claims) joinClaim(claim);
  for (const claim of changes.before) joinClaim(claim);
  for (const r of after.kb.relations) join(r.subjectId, r.objectId);
  for (const d of [...after.kb.disputes, ...changes.disputes]) {
    const first = claimsById.get(d.firstId);
    const second = claimsById.get(d.secondId);
    if (first && second) join(first.subjectId, second.subjectId);
  }
  return { find };
}

/** Sets that join: `find` gives one member of a node's set, the same for every member. */
function unionFind() {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let at = node;
    for (;;) {
      const up = parent.get(at);
      if (up === undefined || up === at) return at;
      const top = parent.get(up) ?? up;
      parent.set(at, top);
      at = top;
    }
  };
  const join = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  return { find, join };
}

/**
 * Claims that may share a candidate, in both versions: a fact, or a list asking its objects,
 * shares subject and predicate; a list asking subjects shares predicate and object (or value);
 * a membership group shares relation and object; a dispute joins its two claims. Making one
 * claim's questions again makes its candidates' again, so a reach holds whole sets.
 */
function candidates(after: QuizIndex, changes: RowChanges) {
  const { find, join } = unionFind();
  // Claim ids and keys apart: keys carry a prefix no claim id does.
  const joinClaim = (claim: Claim) => {
    const object = claim.objectId ?? (claim.value ? valueKey(claim.value) : '');
    join(claim.id, `\u0000sp|${claim.subjectId}|${claim.predicateId}`);
    join(claim.id, `\u0000po|${claim.predicateId}|${object}`);
    const relation = after.predicates.get(claim.predicateId)?.relation;
    if (relation) join(claim.id, `\u0000ro|${relation}|${object}`);
  };
  for (const claim of after.kb.claims) joinClaim(claim);
  for (const claim of changes.before) joinClaim(claim);
  for (const d of [...after.kb.disputes, ...changes.disputes]) join(d.firstId, d.secondId);
  return { find: (claimId: string) => find(claimId) };
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

/**
 * The stories of pools whose outsiders differ: a pool takes them from the prefix it read (all of
 * the list for Infinity), in whatever order they come there, so it differs only when that prefix
 * holds other actors, or actors sidebar-only where they were not.
 */
function movedStories(
  a: readonly ActorProfile[],
  b: readonly ActorProfile[],
  reads: ReadonlyMap<number, ReadonlySet<string>>,
): Set<string> {
  const moved = new Set<string>();
  const entry = (p: ActorProfile) => `${p.actor.id}|${p.sidebarOnly}`;
  for (const [read, stories] of reads) {
    const end = Math.min(read, Math.max(a.length, b.length));
    const was = new Set(a.slice(0, end).map(entry));
    const same =
      a.length >= end && b.length >= end && b.slice(0, end).every((p) => was.has(entry(p)));
    if (!same) for (const source of stories) moved.add(source);
  }
  return moved;
}
