import type {
  Actor,
  ActorKind,
  Claim,
  ClaimValue,
  Dispute,
  Evidence,
  KnowledgeBase,
  Predicate,
  Relation,
  RelationType,
  Source,
} from '@attest/knowledge';
import type { ActorProfile } from './actor-profile.ts';
import type { ShownEvidence } from './evidence.ts';
import { nameKey, nameKeysOf } from './names.ts';
import { hash53 } from './random.ts';
import { familyKey, roleKey } from './roles.ts';
import type { Question } from './types.ts';
import { valueKey, valueShape } from './values.ts';

/**
 * Lookups built once per knowledge base, so that every check a generator makes (is this
 * candidate also right? who else is in this story?) costs a map lookup, not a scan of all
 * claims: that keeps generation linear in the size of the base.
 */
export interface QuizIndex {
  kb: KnowledgeBase;
  actors: Map<string, Actor>;
  predicates: Map<string, Predicate>;
  sources: Map<string, Source>;
  claims: Map<string, Claim>;
  disputesByClaim: Map<string, Dispute[]>;
  /**
   * `subject|predicate|object` for every claim with an actor object, whatever its status, and
   * for each predicate it implies (blocked: opposes too).
   */
  actorTruths: Set<string>;
  /** Values any claim gives, by `subject|predicate`. */
  valueTruths: Map<string, ClaimValue[]>;
  /** `type|subject|object` for every relation, stated by a claim or in the background. */
  relationTruths: Set<string>;
  /** `a|b` for actors tied by any relation, in both directions. */
  relationLinks: Set<string>;
  /** The groups and wholes an actor is a member or part of, by any relation or claim. */
  groupsOf: Map<string, Set<string>>;
  /** The parts of a whole (its ministry, its cities), by PART_OF: they may speak for it. */
  partsOf: Map<string, Set<string>>;
  /** The actors some claim names as subject with this one as object, or the other way round. */
  claimLinks: Map<string, Set<string>>;
  /** Claims with an actor object by `subject|predicate|object`. */
  claimsByTriple: Map<string, Claim[]>;
  /**
   * Subjects of claims by `predicate|object`: the object's id, or its value's `valueKey`; under
   * the predicates it implies too.
   */
  subjectsOf: Map<string, Set<string>>;
  /** Objects of claims by `subject|predicate`, and by the predicates it implies. */
  objectsOf: Map<string, Set<string>>;
  /** Subjects of relations by `type|object`. */
  relationSubjectsOf: Map<string, Set<string>>;
  /** Objects of current relations by `type|subject`. */
  relationObjectsOf: Map<string, Set<string>>;
  /** The countries an actor belongs to, by id, filled in as asked (compatriots.ts). */
  homes: Map<string, ReadonlySet<string>>;
  /** Actors by the role they fill in some claim: `side|predicate` and `side|family:<family>`. */
  roleActors: Map<string, Set<string>>;
  /** The same, as profiles in the order they first fill the role. */
  roleFillers: Map<string, ActorProfile[]>;
  /** A small number per role key, for `ActorProfile.roles`. */
  roleNumbers: Map<string, number>;
  claimsBySource: Map<string, Claim[]>;
  /** The actors a source's publisher names ("Responsible Statecraft"), by source id. */
  publishers: Map<string, string[]>;
  claimsBySpeaker: Map<string, Claim[]>;
  /**
   * Actors that on-topic claims evidenced in a source are about: the cast of that story, by
   * `source|kind`.
   */
  castBySourceKind: Map<string, Set<ActorProfile>>;
  /** On-topic claims that mention an actor (as subject, object, speaker or place). */
  prominence: Map<string, number>;
  /** Actors only sidebar (off-topic) claims mention: never plausible distractors. */
  sidebarOnly: Set<string>;
  /** Actors of each kind, most prominent first. */
  actorsByKind: Map<ActorKind, ActorProfile[]>;
  /** What distractor ranking reads about each actor, in one object per actor. */
  profiles: Map<string, ActorProfile>;
  /** On-topic claims with a value by `source|predicate` and by `source|shape` (valueShape). */
  valueClaimsBySource: Map<string, Claim[]>;
  /** On-topic claims with a value, one per distinct value, by predicate. */
  valueClaimsByPredicate: Map<string, Claim[]>;
  nameKeys: Map<string, string[]>;
  /** Descriptions made `searchable`, filled in as distractor picking needs them. */
  descriptionSearch: Map<string, string>;
  /** Value distractor candidates, ranked, by predicate, shape and story (value-distractors.ts). */
  valuePools: Map<string, unknown[]>;
  /** Distractor candidates with their answer-independent scores, by kinds, story and role. */
  pools: Map<string, unknown[]>;
  /**
   * How far down each ranked list pools read, by `kind|<kind>` (actorsByKind) and
   * `role|<role key>` (roleFillers): each depth read (Infinity: to the end) with the stories
   * (source ids) of the pools that read it. What a changed base compares (reach.ts).
   */
  scanned: Map<string, Map<number, Set<string>>>;
  /** Those a group stands against, by group id, filled in as asked (adversaries.ts). */
  adversaries: Map<string, ReadonlySet<string>>;
  /** A fill-in's accepted answers for a value, by `predicate|valueKey` (fill-in.ts). */
  valueAnswers: Map<string, unknown>;
  /** A dispute's questions, options in their first order (sources-disagree.ts). */
  disputeQuestions: Map<Dispute, Question[]>;
  /**
   * Evidence as questions cite it, shared by all questions from one claim (evidence.ts), and by
   * later versions of the base: an entry holds for an index whose version of its source is the
   * one it was made under (`sourceVersions`).
   */
  evidenceRefs: WeakMap<
    Evidence,
    { shown: ShownEvidence; version: object | undefined; subjectId: string }
  >;
  /**
   * What is shown of a source's quotes reads its text, the names of actors and the story's cast
   * (short forms): a new version of the base keeps the previous one's version of every source
   * whose cast is the same, and so its shown evidence (`lendEvidence`).
   */
  sourceVersions: Map<string, object>;
  /** Source texts made `searchable`, filled in as short forms need them (short-forms.ts). */
  sourceSearch: Map<string, string>;
}

/** Relations that put an actor in a group or a whole: France in NATO, a summit in NATO. */
const GROUPING: ReadonlySet<RelationType> = new Set(['MEMBER_OF', 'PART_OF']);

const cache = new WeakMap<KnowledgeBase, QuizIndex>();

/** The index of a knowledge base, built on first use and kept as long as the base lives. */
export function indexKnowledgeBase(kb: KnowledgeBase): QuizIndex {
  let index = cache.get(kb);
  if (!index) {
    index = buildIndex(kb);
    cache.set(kb, index);
  }
  return index;
}

/**
 * Lets `to`, a base with the same rows as `from`, use the index (and so the question banks) of
 * `from`, when `from` has one and `to` none yet. The index keeps reading `from`'s rows: equal in
 * content, so every question comes out the same. Whether the rows are the same is the caller's
 * to prove (derive.ts).
 */
export function shareIndex(from: KnowledgeBase, to: KnowledgeBase): boolean {
  const index = cache.get(from);
  if (!index || cache.has(to)) return false;
  cache.set(to, index);
  return true;
}

/** The index a base has already, if any: never builds one. */
export const indexIfMade = (kb: KnowledgeBase): QuizIndex | undefined => cache.get(kb);

/** Makes `index`, derived for `kb` from a previous version's (derive.ts), the index of `kb`. */
export function adoptIndex(kb: KnowledgeBase, index: QuizIndex): void {
  cache.set(kb, index);
}

/**
 * What a derived version changed among actors and sources (derive.ts), so that a new index lends
 * only what the rows it keeps alone make.
 */
export interface IndexEdits {
  /** Actors edited in place or removed: their name keys and searchable descriptions not lent. */
  actors: ReadonlySet<string>;
  /**
   * Sources edited in place in a field questions read, or removed: their shown quotes and
   * searchable texts not lent.
   */
  sources: ReadonlySet<string>;
  /** Whether every actor row is the previous version's (none added, removed or edited). */
  sameActors: boolean;
  /** Whether every source row is (then with `sameActors`, the publishers are lent whole). */
  sameSources: boolean;
}

/**
 * The index of a base made afresh, not cached: a changed base's, before its banks are derived.
 * `from`, an index of a previous version (derive.ts: the same predicates; `edits` says which
 * actors and sources changed), lends what is made from the actors and sources it keeps alone
 * (name keys, publishers, searchable descriptions and source texts), never changed once made,
 * and its predicates; and with `touchedSources` (the sources of every claim that changed), the
 * evidence it showed from the other sources, but those of a claim that names an edited actor
 * and those of an edited source.
 */
export const freshIndex = (
  kb: KnowledgeBase,
  from?: QuizIndex,
  touchedSources?: ReadonlySet<string>,
  edits: IndexEdits = NO_EDITS,
): QuizIndex => buildIndex(kb, from, touchedSources ? { touchedSources } : undefined, edits);

const NO_EDITS: IndexEdits = {
  actors: new Set(),
  sources: new Set(),
  sameActors: true,
  sameSources: true,
};

/** The actors of these ids, each once, in order; ids the base lacks are skipped. */
export function actorsOf(index: QuizIndex, ids: Iterable<string>): Actor[] {
  return [...new Set(ids)].flatMap((id) => {
    const actor = index.actors.get(id);
    return actor ? [actor] : [];
  });
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};

/** How the index is written: in place (a new index), or copying each list or set it changes. */
interface Writes {
  push: <K, V>(map: Map<K, V[]>, key: K, value: V) => void;
  add: <K, V>(map: Map<K, Set<V>>, key: K, value: V) => void;
  /** Notes on a profile a role it fills (a patch writes only the profiles it copied). */
  role: (profile: ActorProfile, role: number) => void;
}
const addRole = (profile: ActorProfile, role: number) => {
  profile.roles.add(role);
};
const inPlace: Writes = { push, add, role: addRole };
/** For an index that shares its lists and sets with the previous version's (`extendIndex`). */
const copying: Writes = {
  push: (map, key, value) => {
    const list = map.get(key);
    map.set(key, list ? [...list, value] : [value]);
  },
  add: (map, key, value) => {
    const set = map.get(key);
    if (set?.has(value)) return;
    map.set(key, set ? new Set(set).add(value) : new Set([value]));
  },
  role: addRole,
};

const newProfile = (actor: Actor): ActorProfile => ({
  actor,
  prominence: 0,
  sidebarOnly: false,
  quoted: false,
  tie: hash53(actor.id) >>> 0,
  keys: [],
  roles: new Set(),
  words: null,
});

/** Records that an actor fills a role; a verified base has a profile for every actor it names. */
function fillRole(index: QuizIndex, key: string, actorId: string, writes: Writes) {
  if (index.roleActors.get(key)?.has(actorId)) return;
  writes.add(index.roleActors, key, actorId);
  const profile = index.profiles.get(actorId);
  if (!profile) return;
  let role = index.roleNumbers.get(key);
  if (role === undefined) {
    role = index.roleNumbers.size;
    index.roleNumbers.set(key, role);
  }
  writes.role(profile, role);
  writes.push(index.roleFillers, key, profile);
}

function buildIndex(
  kb: KnowledgeBase,
  sameActors?: QuizIndex,
  lent?: { touchedSources: ReadonlySet<string> },
  edits: IndexEdits = NO_EDITS,
): QuizIndex {
  const edited = edits.actors;
  const index: QuizIndex = {
    kb,
    actors: new Map(kb.actors.map((a) => [a.id, a])),
    // A derived version has the same predicates (derive.ts): their objects are the previous
    // index's, as an extended index's are, so facts carried over (carry.ts) read the same ones.
    predicates: sameActors ? sameActors.predicates : new Map(kb.predicates.map((p) => [p.id, p])),
    sources: new Map(kb.sources.map((s) => [s.id, s])),
    claims: new Map(kb.claims.map((c) => [c.id, c])),
    disputesByClaim: new Map(),
    ...claimLookups(),
    homes: new Map(),
    roleNumbers: new Map(),
    publishers: new Map(),
    sidebarOnly: new Set(),
    actorsByKind: new Map(),
    profiles: new Map(kb.actors.map((a) => [a.id, newProfile(a)])),
    nameKeys: sameActors ? keptNameKeys(sameActors, kb, edited, edits.sameActors) : allNameKeys(kb),
    descriptionSearch: sameActors ? kept(sameActors.descriptionSearch, edited) : new Map(),
    ...emptyMemos(),
    evidenceRefs: new WeakMap(),
    sourceVersions: new Map(),
    sourceSearch: sameActors ? kept(sameActors.sourceSearch, edits.sources) : new Map(),
  };

  // A renamed actor may come to publish a source, or stop; a source's publisher may change.
  if (sameActors && edits.sameActors && edits.sameSources) {
    index.publishers = sameActors.publishers;
  } else indexPublishers(index);
  for (const dispute of kb.disputes) {
    push(index.disputesByClaim, dispute.firstId, dispute);
    push(index.disputesByClaim, dispute.secondId, dispute);
  }
  for (const r of kb.relations) indexRelationRow(index, r);

  const seenValues = new Map<string, Set<string>>();
  for (const claim of kb.claims) indexClaim(index, claim, seenValues);

  if (sameActors && lent) lendEvidence(sameActors, index, lent.touchedSources, edits);
  else {
    const version = {};
    for (const source of kb.sources) index.sourceVersions.set(source.id, version);
  }

  for (const claim of kb.claims) {
    if (!claim.offTopic) continue;
    for (const id of [claim.subjectId, claim.objectId, claim.speakerId]) {
      if (id !== null && !index.prominence.has(id)) index.sidebarOnly.add(id);
    }
  }
  rankActors(index);
  return index;
}

/**
 * Each actor's profile filled in from the claims, and actors ranked by kind. With `before`, the
 * ranking of a previous version whose actors this one has (extendIndex), the lists start in its
 * order: the sort (a merge sort, quick on runs already in order) then only moves what changed.
 * The order is total (prominence, then id), so where the lists start changes nothing.
 */
function rankActors(index: QuizIndex, before?: QuizIndex) {
  index.actorsByKind = new Map();
  for (const profile of index.profiles.values()) {
    const { id, kind } = profile.actor;
    profile.prominence = index.prominence.get(id) ?? 0;
    profile.sidebarOnly = index.sidebarOnly.has(id);
    profile.quoted = index.claimsBySpeaker.has(id);
    profile.keys = index.nameKeys.get(id) ?? [];
    if (!before) push(index.actorsByKind, kind, profile);
  }
  if (before) {
    // Kinds in the order their first actors come, as a new index has them.
    for (const profile of index.profiles.values()) {
      const { kind } = profile.actor;
      if (!index.actorsByKind.has(kind)) {
        const ranked = before.actorsByKind.get(kind) ?? [];
        index.actorsByKind.set(
          kind,
          ranked.flatMap((p) => index.profiles.get(p.actor.id) ?? []),
        );
      }
      if (!before.profiles.has(profile.actor.id)) {
        push(index.actorsByKind, kind, profile);
      }
    }
  }
  for (const profiles of index.actorsByKind.values()) {
    profiles.sort((a, b) => b.prominence - a.prominence || (a.actor.id < b.actor.id ? -1 : 1));
  }
}

/**
 * At most this many claims appended are indexed onto the previous index (each copies lists), or
 * changed patched into it (each widens what is indexed again).
 */
const EXTEND_AT_MOST = 100;

/**
 * The index of `version`, a version of `from`'s base with the same actors, sources, predicates and
 * relations, the same claims in the same order, and `added` appended after them (disputes may
 * differ): `from`'s index with the new claims indexed onto it, as `buildIndex` would have them,
 * instead of every claim indexed again. Nothing of `from` changes: every map the new claims
 * write to is copied, and every list or set in it copied as it is written (`copying`); the
 * profiles of the actors the new claims name are new objects, as their prominence and roles
 * change (the others are shared). Null when there are too many claims to add (then build it
 * anew). It holds the previous version's rows of the actors and sources both hold. Lazily filled
 * caches start empty, except what actors and sources alone make (as `freshIndex` lends it) and
 * the shown evidence of stories whose cast is the same.
 */
export function extendIndex(
  from: QuizIndex,
  version: KnowledgeBase,
  added: readonly Claim[],
  touchedSources: ReadonlySet<string>,
): QuizIndex | null {
  if (added.length > EXTEND_AT_MOST) return null;
  // The previous version's rows for the actors and sources both hold (equal in content, none
  // edited): what its profiles and lists hold (questions compare rows by identity).
  const same = sameRowCounts(from.kb, version);
  const kb: KnowledgeBase = {
    ...version,
    actors: same ? from.kb.actors : previousRows(version.actors, from.actors, NO_IDS),
    sources: same ? from.kb.sources : previousRows(version.sources, from.sources, NO_IDS),
  };
  // Profiles of the actors the new claims name are new objects (their prominence and roles
  // change); every other actor's is the previous index's, which ranking rewrites with the same
  // values. Only the casts and role fillers that hold a changed profile are copied.
  const touched = new Set<string>();
  for (const claim of added) {
    for (const id of [claim.subjectId, claim.objectId, claim.speakerId, claim.qualifiers.placeId]) {
      if (id !== null && id !== undefined) touched.add(id);
    }
  }
  const { profiles, castBySourceKind, roleFillers } = profilesFor(
    from,
    kb,
    touched,
    (p) => ({ ...p, roles: new Set(p.roles) }),
    same,
  );
  const grown = !same;
  const index: QuizIndex = {
    ...from,
    kb,
    ...(grown && rowsAdded(from, kb)),
    claims: new Map(from.claims),
    disputesByClaim: new Map(),
    actorTruths: new Set(from.actorTruths),
    valueTruths: new Map(from.valueTruths),
    relationTruths: new Set(from.relationTruths),
    relationLinks: new Set(from.relationLinks),
    claimLinks: new Map(from.claimLinks),
    groupsOf: new Map(from.groupsOf),
    partsOf: new Map(from.partsOf),
    claimsByTriple: new Map(from.claimsByTriple),
    subjectsOf: new Map(from.subjectsOf),
    objectsOf: new Map(from.objectsOf),
    relationSubjectsOf: new Map(from.relationSubjectsOf),
    relationObjectsOf: new Map(from.relationObjectsOf),
    homes: new Map(),
    roleActors: new Map(from.roleActors),
    roleFillers,
    roleNumbers: new Map(from.roleNumbers),
    claimsBySource: new Map(from.claimsBySource),
    claimsBySpeaker: new Map(from.claimsBySpeaker),
    castBySourceKind,
    prominence: new Map(from.prominence),
    sidebarOnly: new Set(from.sidebarOnly),
    actorsByKind: new Map(),
    profiles,
    valueClaimsBySource: new Map(from.valueClaimsBySource),
    valueClaimsByPredicate: new Map(from.valueClaimsByPredicate),
    ...emptyMemos(),
  };
  if (grown) {
    index.publishers = new Map();
    indexPublishers(index);
  }
  for (const dispute of kb.disputes) {
    push(index.disputesByClaim, dispute.firstId, dispute);
    push(index.disputesByClaim, dispute.secondId, dispute);
  }
  // The values already listed per predicate: what `buildIndex` would have seen before these.
  const seenValues = new Map<string, Set<string>>();
  for (const claim of added) {
    if (seenValues.has(claim.predicateId)) continue;
    const listed = from.valueClaimsByPredicate.get(claim.predicateId) ?? [];
    seenValues.set(claim.predicateId, new Set(listed.map((c) => valueKey(c.value as ClaimValue))));
  }
  for (const claim of added) {
    index.claims.set(claim.id, claim);
    indexClaim(index, claim, seenValues, copying);
  }
  // Sidebar-only: mentioned by off-topic claims and by no on-topic one (as buildIndex has it).
  for (const id of index.sidebarOnly) if (index.prominence.has(id)) index.sidebarOnly.delete(id);
  for (const claim of added) {
    if (!claim.offTopic) continue;
    for (const id of [claim.subjectId, claim.objectId, claim.speakerId]) {
      if (id !== null && !index.prominence.has(id)) index.sidebarOnly.add(id);
    }
  }
  lendEvidence(from, index, touchedSources);
  rankActors(index, from);
  return index;
}

/**
 * The index of `next`, a version of `from`'s base whose claims changed anywhere (`before`: the
 * previous rows of those edited or removed; `after`: the new rows of those edited or inserted,
 * wherever they come), with the same predicates and relations (disputes may differ), and actors
 * and sources added, removed or edited in place as `edits` says (derive.ts: a removed row no
 * claim names): `from`'s index with every key a changed claim writes to, in either
 * version, worked out again from every claim that may write to it, in the new version's order,
 * so each comes out as `buildIndex` has it (who fills a role first, a set's first members, a
 * list's order); every other key is `from`'s. Nothing of `from` changes: a map is copied when a
 * key of it is, and each key's value is a new object; the profiles of the actors changed claims
 * name are new objects (their prominence and roles change). Reads the previous version's rows for
 * the claims both hold, as `extendIndex` does. What actors and sources alone make is lent as
 * `freshIndex` lends it. Null when too many claims changed, or an actor's kind did (then build it
 * anew).
 */
export function patchIndex(
  from: QuizIndex,
  next: KnowledgeBase,
  before: readonly Claim[],
  after: readonly Claim[],
  touchedSources: ReadonlySet<string>,
  edits: IndexEdits = NO_EDITS,
): QuizIndex | null {
  if (before.length + after.length > EXTEND_AT_MOST) return null;
  const changed = [...before, ...after];
  const made = new Set(after.map((c) => c.id));
  // The kept claims come in the same order in both versions (derive.ts): found walking along.
  const rows = from.kb.claims;
  let j = 0;
  const claims = next.claims.map((c) => {
    if (made.has(c.id)) return c;
    while (j < rows.length && (rows[j] as Claim).id !== c.id) j++;
    return rows[j++] ?? from.claims.get(c.id) ?? c;
  });
  const sameActors = from.kb.actors.length === next.actors.length && edits.actors.size === 0;
  const sameSources = from.kb.sources.length === next.sources.length && edits.sameSources;
  // The previous version's rows for the actors and sources both hold unchanged too: what its
  // profiles and lists hold (questions compare rows by identity: a source among the options).
  const kb: KnowledgeBase = {
    ...next,
    claims,
    actors: sameActors ? from.kb.actors : previousRows(next.actors, from.actors, edits.actors),
    sources: sameSources ? from.kb.sources : next.sources,
  };
  const actors = sameActors ? from.actors : new Map(kb.actors.map((a) => [a.id, a]));
  // An actor whose kind changed moves between the rankings and story casts keyed by kind, which
  // a patch redoes only under the kinds it knew: made anew then (kind-edits.ts).
  for (const id of edits.actors) {
    const [was, is] = [from.actors.get(id), actors.get(id)];
    if (was && is && was.kind !== is.kind) return null;
  }
  // The actors changed claims name, and those edited: their profiles new objects (an edited
  // one's with its new row, names and description), their roles filled in again.
  const named = new Set(changed.flatMap(namedBy));
  for (const id of edits.actors) if (actors.has(id)) named.add(id);
  const { profiles, castBySourceKind, roleFillers } = profilesFor(
    from,
    kb,
    named,
    (p) => ({
      ...p,
      actor: actors.get(p.actor.id) ?? p.actor,
      roles: new Set(),
      words: edits.actors.has(p.actor.id) ? null : p.words,
    }),
    // The same ids (none added or removed: as many, every edited one still there).
    from.kb.actors.length === kb.actors.length && [...edits.actors].every((id) => actors.has(id)),
  );
  const roleNumbers = new Map(from.roleNumbers);
  // Every lookup key a changed claim writes to, in either version (written here to learn them,
  // with the profiles of actors either version has: a cast's key is its actor's kind).
  const known = new Map<string, ActorProfile>();
  for (const id of named) {
    const profile = profiles.get(id) ?? from.profiles.get(id);
    if (profile) known.set(id, profile);
  }
  const written: QuizIndex = {
    ...from,
    kb,
    profiles: known,
    roleNumbers: new Map(),
    ...claimLookups(),
  };
  const keysOnly: Writes = { push, add, role: () => {} };
  const firstValues = new Map<string, Set<string>>();
  for (const claim of changed) indexClaim(written, claim, firstValues, keysOnly);

  // The claims that may write to those keys: those naming an actor a changed claim names (its
  // truths, links, roles, values, quotes, prominence), evidenced in a source one is (its story's
  // lists and cast), giving a value one gives (who else has it); and, for the role fillers and
  // first values of a predicate (and of its family), every claim of it, those parts only.
  const sources = new Set(written.claimsBySource.keys());
  const values = new Set(changed.flatMap((c) => (c.value === null ? [] : [valueKey(c.value)])));
  const predicates = new Set(written.valueClaimsByPredicate.keys());
  for (const predicateId of from.predicates.keys()) {
    for (const side of ['subject', 'object'] as const) {
      const role = { side, predicateId };
      if (written.roleActors.has(roleKey(role)) || written.roleActors.has(familyKey(role))) {
        predicates.add(predicateId);
      }
    }
  }
  const names = (id: string | null | undefined) => id !== null && id !== undefined && named.has(id);
  const reads = (claim: Claim) =>
    names(claim.subjectId) ||
    names(claim.objectId) ||
    names(claim.speakerId) ||
    names(claim.qualifiers.placeId) ||
    claim.evidence.some((e) => sources.has(e.sourceId)) ||
    (claim.value !== null && values.has(valueKey(claim.value)));

  // Those claims indexed anew, in order, after the relations they share an actor with (a new
  // index indexes relations first); only the copied profiles take the roles they fill.
  const redone: QuizIndex = { ...from, kb, profiles, roleNumbers, ...claimLookups() };
  const copied = new Set([...named].flatMap((id) => profiles.get(id) ?? []));
  const writes: Writes = {
    ...inPlace,
    role: (profile, role) => {
      if (copied.has(profile)) profile.roles.add(role);
    },
  };
  if (written.relationTruths.size > 0) {
    for (const r of kb.relations) {
      if (named.has(r.subjectId) || named.has(r.objectId)) indexRelationRow(redone, r);
    }
  }
  const seenValues = new Map<string, Set<string>>();
  const offTopicNamed = new Set<string>();
  for (const claim of kb.claims) {
    if (reads(claim)) {
      indexClaim(redone, claim, seenValues, writes);
      if (!claim.offTopic) continue;
      for (const id of [claim.subjectId, claim.objectId, claim.speakerId]) {
        if (id !== null) offTopicNamed.add(id);
      }
    } else if (predicates.has(claim.predicateId)) {
      indexRoles(redone, claim, writes);
      indexFirstValue(redone, claim, seenValues, writes);
    }
  }

  const index: QuizIndex = {
    ...from,
    kb,
    actors,
    sources: sameSources ? from.sources : new Map(kb.sources.map((s) => [s.id, s])),
    nameKeys: keptNameKeys(from, kb, edits.actors, sameActors),
    descriptionSearch: kept(from.descriptionSearch, edits.actors),
    sourceSearch: kept(from.sourceSearch, edits.sources),
    claims: new Map(),
    disputesByClaim: new Map(),
    homes: new Map(),
    roleFillers,
    roleNumbers,
    castBySourceKind,
    sidebarOnly: new Set(from.sidebarOnly),
    actorsByKind: new Map(),
    profiles,
    ...emptyMemos(),
  };
  type Lookup = Map<string, unknown> | Set<string>;
  const lookups = index as unknown as Record<string, Lookup>;
  const keys = written as unknown as Record<string, Lookup>;
  const anew = redone as unknown as Record<string, Lookup>;
  for (const name of Object.keys(claimLookups())) {
    const dirty = keys[name] as Lookup;
    if (dirty.size === 0) continue;
    const redoneLookup = anew[name] as Lookup;
    if (dirty instanceof Map && redoneLookup instanceof Map) {
      const map = new Map(lookups[name] as Map<string, unknown>);
      for (const key of dirty.keys()) {
        const value = redoneLookup.get(key);
        if (value === undefined) map.delete(key);
        else map.set(key, value);
      }
      lookups[name] = map;
    } else if (dirty instanceof Set && redoneLookup instanceof Set) {
      const set = new Set(lookups[name] as Set<string>);
      for (const key of dirty) {
        if (redoneLookup.has(key)) set.add(key);
        else set.delete(key);
      }
      lookups[name] = set;
    }
  }
  for (const claim of claims) index.claims.set(claim.id, claim);
  // Sidebar-only: mentioned by off-topic claims and by no on-topic one (as buildIndex has it).
  for (const id of named) {
    if (offTopicNamed.has(id) && !index.prominence.has(id)) index.sidebarOnly.add(id);
    else index.sidebarOnly.delete(id);
  }
  // A renamed actor may come to publish a source, or stop; a source's publisher may change.
  if (!sameActors || !sameSources) {
    index.publishers = new Map();
    indexPublishers(index);
  }
  for (const dispute of kb.disputes) {
    push(index.disputesByClaim, dispute.firstId, dispute);
    push(index.disputesByClaim, dispute.secondId, dispute);
  }
  lendEvidence(from, index, touchedSources, edits);
  rankActors(index, from);
  return index;
}

/**
 * A new version's rows, the previous index's row (equal in content) for each it holds that is
 * not `changed`.
 */
function previousRows<T extends { id: string }>(
  rows: readonly T[],
  previous: ReadonlyMap<string, T>,
  changed: ReadonlySet<string>,
): T[] {
  return rows.map((row) => (changed.has(row.id) ? row : (previous.get(row.id) ?? row)));
}

const NO_IDS: ReadonlySet<string> = new Set();

/** The actors a claim names: subject, object, speaker and place. */
const namedBy = (claim: Claim): string[] =>
  [claim.subjectId, claim.objectId, claim.speakerId, claim.qualifiers.placeId].filter(
    (id): id is string => id !== null && id !== undefined,
  );

/**
 * The profiles of a version derived from `from`'s (same actors, or actors added), in its order:
 * those of the `touched` actors (whose prominence and roles change) new objects (`copyOf`), every
 * other the previous index's, which ranking rewrites with the same values; and the casts and role
 * fillers of `from` with the touched profiles swapped in (only those holding one copied).
 */
function profilesFor(
  from: QuizIndex,
  kb: KnowledgeBase,
  touched: ReadonlySet<string>,
  copyOf: (profile: ActorProfile) => ActorProfile,
  sameActors: boolean,
) {
  let profiles: Map<string, ActorProfile>;
  if (sameActors) {
    profiles = new Map(from.profiles);
    for (const id of touched) {
      const profile = from.profiles.get(id);
      if (profile) profiles.set(id, copyOf(profile));
    }
  } else {
    // In the new version's order (actors added may come anywhere, some may have gone), as
    // `buildIndex` has them.
    profiles = new Map();
    for (const actor of kb.actors) {
      const profile = from.profiles.get(actor.id);
      profiles.set(
        actor.id,
        !profile ? newProfile(actor) : touched.has(actor.id) ? copyOf(profile) : profile,
      );
    }
  }
  const stale = (profile: ActorProfile) => touched.has(profile.actor.id);
  const mine = (profile: ActorProfile) => profiles.get(profile.actor.id) ?? profile;
  const castBySourceKind = new Map(from.castBySourceKind);
  for (const [key, cast] of from.castBySourceKind) {
    if (holdsAny(cast, stale)) castBySourceKind.set(key, new Set([...cast].map(mine)));
  }
  const roleFillers = new Map(from.roleFillers);
  for (const [key, fillers] of from.roleFillers) {
    if (fillers.some(stale)) roleFillers.set(key, fillers.map(mine));
  }
  return { profiles, castBySourceKind, roleFillers };
}

/** The actor and source lookups of a version that added actors or sources to `from`'s. */
const rowsAdded = (from: QuizIndex, kb: KnowledgeBase) => ({
  actors: new Map(kb.actors.map((a) => [a.id, a])),
  sources: new Map(kb.sources.map((s) => [s.id, s])),
  // Only actors added (derive.ts derives no index for a version that removed or edited any).
  nameKeys: keptNameKeys(from, kb, new Set(), from.kb.actors.length === kb.actors.length),
});

/**
 * The previous version's shown evidence, for a version with the same actors and sources: what is
 * shown of a quote reads the source's text, actors' names and the story's cast (short forms), so
 * only a source whose cast changed gets a new version, its quotes judged again. (A claim's own
 * subject is checked per entry: evidence.ts.)
 */
function lendEvidence(
  from: QuizIndex,
  to: QuizIndex,
  touched: ReadonlySet<string>,
  edits: IndexEdits = NO_EDITS,
) {
  const edited = edits.actors;
  to.evidenceRefs = from.evidenceRefs;
  to.sourceVersions = new Map(from.sourceVersions);
  // An edited actor's names and description are read by what is shown of the quotes of every
  // claim naming it (its subject's names, the story cast's short forms): judged again.
  if (edited.size > 0) {
    for (const claim of to.kb.claims) {
      const ids = [claim.subjectId, claim.objectId, claim.speakerId, claim.qualifiers.placeId];
      if (!ids.some((id) => id !== null && id !== undefined && edited.has(id))) continue;
      for (const e of claim.evidence) to.sourceVersions.set(e.sourceId, {});
    }
  }
  // A source edited (its title, publisher, text: what a shown quote holds) is a new version; a
  // source removed has none (should its id come back, its quotes are judged anew).
  for (const id of edits.sources) {
    if (to.sources.has(id)) to.sourceVersions.set(id, {});
    else to.sourceVersions.delete(id);
  }
  // Every kind either version has (an actor added may be of a kind `from` had none of).
  const kinds = [...new Set([...from.actorsByKind.keys(), ...to.kb.actors.map((a) => a.kind)])];
  const castOf = (index: QuizIndex, sourceId: string) =>
    kinds.flatMap((kind) =>
      [...(index.castBySourceKind.get(`${sourceId}|${kind}`) ?? [])].map((p) => p.actor.id),
    );
  // Sources the new version added: their quotes were never shown.
  if (!edits.sameSources || to.kb.sources.length !== from.kb.sources.length) {
    for (const source of to.kb.sources) {
      if (!to.sourceVersions.has(source.id)) to.sourceVersions.set(source.id, {});
    }
  }
  for (const sourceId of touched) {
    const before = castOf(from, sourceId);
    const after = castOf(to, sourceId);
    if (before.length !== after.length || before.some((id, i) => id !== after[i])) {
      to.sourceVersions.set(sourceId, {});
    }
  }
}

/** Whether any member of a set passes a test, without copying the set. */
function holdsAny<T>(set: ReadonlySet<T>, test: (member: T) => boolean): boolean {
  for (const member of set) if (test(member)) return true;
  return false;
}

/** Each actor's name keys, in the base's order. */
const allNameKeys = (kb: KnowledgeBase) => new Map(kb.actors.map((a) => [a.id, nameKeysOf(a)]));

/**
 * The name keys of `from`'s actors lent to a new version (derive.ts): whole when every actor row
 * is the same (`same`), else each kept actor's, those of the actors added or `edited` made.
 */
function keptNameKeys(
  from: QuizIndex,
  kb: KnowledgeBase,
  edited: ReadonlySet<string>,
  same: boolean,
): Map<string, string[]> {
  if (same && edited.size === 0) return from.nameKeys;
  return new Map(
    kb.actors.map((a) => [a.id, (!edited.has(a.id) && from.nameKeys.get(a.id)) || nameKeysOf(a)]),
  );
}

/** A lazily filled map lent whole, or copied without the entries of `stale` ids. */
function kept<V>(map: Map<string, V>, stale: ReadonlySet<string>): Map<string, V> {
  if (stale.size === 0) return map;
  const copy = new Map(map);
  for (const id of stale) copy.delete(id);
  return copy;
}

/** Whether a version with the same or more actors and sources (derive.ts) added none. */
const sameRowCounts = (a: KnowledgeBase, b: KnowledgeBase) =>
  a.actors.length === b.actors.length && a.sources.length === b.sources.length;

/** Which actors publish which sources, matched by name ("Foreign Policy" the actor). */
function indexPublishers(index: QuizIndex) {
  const byKey = new Map<string, string[]>();
  for (const [id, keys] of index.nameKeys) for (const key of keys) push(byKey, key, id);
  for (const source of index.kb.sources) {
    const ids = source.publisher ? byKey.get(nameKey(source.publisher)) : undefined;
    if (ids) index.publishers.set(source.id, ids);
  }
}

/** The actors that publish any of these sources: they told the story themselves. */
export function publishersOf(index: QuizIndex, sourceIds: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const sourceId of sourceIds)
    for (const id of index.publishers.get(sourceId) ?? []) ids.add(id);
  return ids;
}

/**
 * A relation, from the background or from a claim of a relation predicate. Only a current one
 * (no end) makes its subject a right answer to "who is a member of …?" now.
 */
function indexRelation(
  index: QuizIndex,
  type: RelationType,
  subjectId: string,
  objectId: string,
  current: boolean,
  { add }: Writes = inPlace,
) {
  index.relationTruths.add(`${type}|${subjectId}|${objectId}`);
  index.relationLinks.add(`${subjectId}|${objectId}`).add(`${objectId}|${subjectId}`);
  if (current) {
    add(index.relationSubjectsOf, `${type}|${objectId}`, subjectId);
    add(index.relationObjectsOf, `${type}|${subjectId}`, objectId);
  }
  if (GROUPING.has(type)) add(index.groupsOf, subjectId, objectId);
  if (type === 'PART_OF') add(index.partsOf, objectId, subjectId);
}

/** The roles a claim's subject and object fill: what reads its predicate (and family) alone. */
function indexRoles(index: QuizIndex, claim: Claim, writes: Writes) {
  const { subjectId: s, predicateId: p, objectId: o } = claim;
  const subjectRole = { side: 'subject', predicateId: p } as const;
  fillRole(index, roleKey(subjectRole), s, writes);
  fillRole(index, familyKey(subjectRole), s, writes);
  if (o !== null) {
    const objectRole = { side: 'object', predicateId: p } as const;
    fillRole(index, roleKey(objectRole), o, writes);
    fillRole(index, familyKey(objectRole), o, writes);
  }
}

/** An on-topic claim whose value its predicate's claims have not given yet, listed first. */
function indexFirstValue(
  index: QuizIndex,
  claim: Claim,
  seenValues: Map<string, Set<string>>,
  { push }: Writes,
) {
  if (claim.value === null) return;
  const key = valueKey(claim.value);
  const p = claim.predicateId;
  const seen = seenValues.get(p) ?? new Set<string>();
  seenValues.set(p, seen);
  if (!claim.offTopic && !seen.has(key)) {
    seen.add(key);
    push(index.valueClaimsByPredicate, p, claim);
  }
}

/** A relation row (background, or stated by a claim): current when it has no end. */
export const indexRelationRow = (index: QuizIndex, r: Relation) =>
  indexRelation(index, r.type, r.subjectId, r.objectId, r.end === null);

/**
 * The relation a claim states: one of a relation predicate with an actor object, not a denial
 * (a denial states nothing true).
 */
export function indexStatedRelation(index: QuizIndex, claim: Claim, writes: Writes = inPlace) {
  const type = index.predicates.get(claim.predicateId)?.relation;
  if (!type || claim.objectId === null || claim.modality === 'DENIAL') return;
  indexRelation(index, type, claim.subjectId, claim.objectId, true, writes);
}

function indexClaim(
  index: QuizIndex,
  claim: Claim,
  seenValues: Map<string, Set<string>>,
  writes: Writes = inPlace,
) {
  const { push, add } = writes;
  const { subjectId: s, predicateId: p, objectId: o } = claim;
  indexRoles(index, claim, writes);
  indexFirstValue(index, claim, seenValues, writes);
  const predicate = index.predicates.get(p);
  // What the claim states, then what that implies: "Macron blocked the office" answers "who
  // opposes it?" too. Only claimsByTriple keeps to what was stated, with its time. A denial
  // states nothing true: "Stoltenberg said NATO does not regard China as an adversary" makes
  // NATO no answer to who does.
  const denied = claim.modality === 'DENIAL';
  const truths = denied ? [] : [p, ...(predicate?.implies ?? [])];
  if (o !== null) {
    add(index.claimLinks, s, o);
    add(index.claimLinks, o, s);
    push(index.claimsByTriple, `${s}|${p}|${o}`, claim);
    for (const q of truths) {
      index.actorTruths.add(`${s}|${q}|${o}`);
      add(index.subjectsOf, `${q}|${o}`, s);
      add(index.objectsOf, `${s}|${q}`, o);
    }
    indexStatedRelation(index, claim, writes);
  }
  if (claim.value !== null) {
    const key = valueKey(claim.value);
    for (const q of truths) {
      push(index.valueTruths, `${s}|${q}`, claim.value);
      add(index.subjectsOf, `${q}|${key}`, s);
    }
  }
  if (claim.speakerId !== null) push(index.claimsBySpeaker, claim.speakerId, claim);

  const cast = [s, o, claim.speakerId, claim.qualifiers.placeId].filter((id) => id !== null);
  const sourceIds = new Set(claim.evidence.map((e) => e.sourceId));
  for (const sourceId of sourceIds) {
    push(index.claimsBySource, sourceId, claim);
    if (claim.offTopic) continue;
    if (claim.value !== null) {
      push(index.valueClaimsBySource, `${sourceId}|${p}`, claim);
      push(index.valueClaimsBySource, `${sourceId}|${valueShape(claim.value)}`, claim);
    }
    for (const id of cast) {
      const profile = index.profiles.get(id);
      if (profile) add(index.castBySourceKind, `${sourceId}|${profile.actor.kind}`, profile);
    }
  }
  if (!claim.offTopic) {
    for (const id of new Set(cast)) index.prominence.set(id, (index.prominence.get(id) ?? 0) + 1);
  }
}

/**
 * What claims and relations are indexed into, empty: every lookup `indexClaim` and
 * `indexRelation` write (a patch recomputes them key by key: `patchIndex`).
 */
function claimLookups(): ClaimLookups {
  return {
    actorTruths: new Set(),
    valueTruths: new Map(),
    relationTruths: new Set(),
    relationLinks: new Set(),
    claimLinks: new Map(),
    groupsOf: new Map(),
    partsOf: new Map(),
    claimsByTriple: new Map(),
    subjectsOf: new Map(),
    objectsOf: new Map(),
    relationSubjectsOf: new Map(),
    relationObjectsOf: new Map(),
    roleActors: new Map(),
    roleFillers: new Map(),
    claimsBySource: new Map(),
    claimsBySpeaker: new Map(),
    castBySourceKind: new Map(),
    prominence: new Map(),
    valueClaimsByPredicate: new Map(),
    valueClaimsBySource: new Map(),
  };
}

type ClaimLookups = Pick<
  QuizIndex,
  | 'actorTruths'
  | 'valueTruths'
  | 'relationTruths'
  | 'relationLinks'
  | 'claimLinks'
  | 'groupsOf'
  | 'partsOf'
  | 'claimsByTriple'
  | 'subjectsOf'
  | 'objectsOf'
  | 'relationSubjectsOf'
  | 'relationObjectsOf'
  | 'roleActors'
  | 'roleFillers'
  | 'claimsBySource'
  | 'claimsBySpeaker'
  | 'castBySourceKind'
  | 'prominence'
  | 'valueClaimsByPredicate'
  | 'valueClaimsBySource'
>;

/** What distractor picking and the generators fill in as they are asked: empty in a new index. */
function emptyMemos(): Pick<
  QuizIndex,
  'valuePools' | 'pools' | 'scanned' | 'adversaries' | 'valueAnswers' | 'disputeQuestions'
> {
  return {
    valuePools: new Map(),
    pools: new Map(),
    scanned: new Map(),
    adversaries: new Map(),
    valueAnswers: new Map(),
    disputeQuestions: new Map(),
  };
}
