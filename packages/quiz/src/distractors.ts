import type { Actor, ActorKind } from '@attest/knowledge';
import { type ActorProfile, descriptionSimilarity } from './actor-profile.ts';
import type { QuizIndex } from './kb-index.ts';
import { isUnnamed, mentions, searchable } from './names.ts';
import { byRank, pickRanked, type Ranked } from './pick.ts';
import type { Rng } from './random.ts';
import { familyKey, isPicky, type Role, roleKey } from './roles.ts';

const singleKinds = new Map<ActorKind, ReadonlySet<ActorKind>>();

/** The set of just this kind, shared: most questions ask for one kind. */
export function onlyKind(kind: ActorKind): ReadonlySet<ActorKind> {
  let kinds = singleKinds.get(kind);
  if (!kinds) {
    kinds = new Set([kind]);
    singleKinds.set(kind, kinds);
  }
  return kinds;
}

/** Outranks every other score: a poor fit comes after all the rest. */
const POOR_FIT = 20;
/** Outranks story and role (5 together): a compatriot comes before them. */
const KIN = 6;

/** What `index.scanned` notes for a pool of no story: any question could have read it. */
export const ANY_STORY = '\u0000any';

/** How many outsiders (most prominent first) of each kind join the story's own cast. */
const FALLBACK_LIMIT = 12;

export interface ActorDistractorQuery {
  kinds: ReadonlySet<ActorKind>;
  /** The right answers: never offered as distractors, and what similarity is measured against. */
  answers: readonly Actor[];
  /** Sources the question comes from: their cast makes the most plausible distractors. */
  storySourceIds: readonly string[];
  /**
   * True when the candidate is no fair wrong answer (never offered): also right according to the
   * base, or tied to the other side of the fact (see `ruledOutAsSubject` in truth.ts).
   */
  ruledOut: (actorId: string) => boolean;
  /** The prompt made `searchable`: an actor named in it is not offered. */
  prompt: string;
  count: number;
  rng: Rng;
  /**
   * The role the answer fills ("object of attended"): actors filling it elsewhere fit the
   * sentence best; event-like kinds (see roles.ts) must fill it, or they are not offered.
   */
  role?: Role;
  /** Quotes: people who are quoted somewhere are the likeliest confusions. */
  preferSpeakers?: boolean;
  /**
   * Candidates that fit the sentence poorly (a head of state for "who is a professor at …?"):
   * offered only when the others run out.
   */
  fitsPoorly?: (actorId: string) => boolean;
  /**
   * Candidates closest to the answer (a quote speaker's compatriots), offered first, whether
   * or not the story's cast has them.
   */
  kin?: { ids: readonly string[]; has: (actorId: string) => boolean } | null;
}

export interface ActorDistractor extends Ranked {
  actor: Actor;
  sameStory: boolean;
  /** 0–1: description word overlap with the closest answer. */
  similarity: number;
}

/**
 * Distractors of the answer's kind, ranked by story, description words and prominence; maybe
 * fewer than asked when the base has too few that are not also right.
 */
export function pickActorDistractors(index: QuizIndex, q: ActorDistractorQuery): ActorDistractor[] {
  const taken = new Set<string>();
  for (const a of q.answers) for (const k of index.nameKeys.get(a.id) ?? []) taken.add(k);
  // When answers are of several kinds, an answer of another kind whose description names the
  // candidate ("Government of Japan" beside Japan) is too close to tell apart.
  const described =
    q.kinds.size > 1
      ? q.answers.map((a) => ({ kind: a.kind, text: describedSearch(index, a) }))
      : [];
  return pickRanked(rankingFor(index, q), q.count, taken, q.rng, ({ actor, keys }) => {
    for (const k of keys) {
      if (mentions(q.prompt, k)) return false;
      for (const d of described) if (d.kind !== actor.kind && mentions(d.text, k)) return false;
    }
    return !q.ruledOut(actor.id);
  });
}

/**
 * A candidate with its role and story points. Kept small: a base 100× the corpus holds some
 * 20,000 pools for as long as it lives, and the garbage collector walks them all.
 */
interface PoolEntry {
  profile: ActorProfile;
  sameStory: boolean;
  placed: number;
}

/**
 * Candidates ranked for these answers in this story. Only description similarity depends on the
 * answers; everything else comes from the pool, shared by every question of the story and role.
 */
function rankingFor(index: QuizIndex, q: ActorDistractorQuery): ActorDistractor[] {
  const [first] = q.answers;
  const many = q.answers.length > 1 ? new Set(q.answers.map((a) => a.id)) : null;
  const answers = many ? distinctDescriptions(index, q.answers) : [];
  const firstProfile = !many && first ? index.profiles.get(first.id) : undefined;
  if (firstProfile) answers.push(firstProfile);
  const ranked: ActorDistractor[] = [];
  const pool = poolFor(index, q);
  for (const entry of q.kin ? withKin(index, q, pool) : pool) {
    const { actor } = entry.profile;
    if (many ? many.has(actor.id) : actor.id === first?.id) continue;
    let similarity = 0;
    for (const a of answers) {
      similarity = Math.max(similarity, descriptionSimilarity(a, entry.profile));
    }
    ranked.push({
      actor,
      sameStory: entry.sameStory,
      similarity,
      // Summed in this order so that scores, and so picks, are the same to the last bit.
      score:
        entry.placed +
        similarity * 2.5 +
        (q.preferSpeakers && entry.profile.quoted ? 0.5 : 0) +
        Math.min(entry.profile.prominence, 8) / 16 -
        (q.fitsPoorly?.(actor.id) ? POOR_FIT : 0) +
        (q.kin?.has(actor.id) ? KIN : 0),
      tie: entry.profile.tie,
      keys: entry.profile.keys,
    });
  }
  return ranked.sort(byRank);
}

/** The pool plus the answer's kin of the asked kinds that it lacks (per question, not cached). */
function withKin(index: QuizIndex, q: ActorDistractorQuery, pool: PoolEntry[]): PoolEntry[] {
  const inPool = new Set(pool.map((e) => e.profile.actor.id));
  const extra: PoolEntry[] = [];
  for (const id of q.kin?.ids ?? []) {
    const profile = index.profiles.get(id);
    if (!profile || inPool.has(id) || profile.sidebarOnly) continue;
    if (!q.kinds.has(profile.actor.kind) || isUnnamed(profile.actor)) continue;
    extra.push({ profile, sameStory: false, placed: 0 });
  }
  return extra.length > 0 ? [...pool, ...extra] : pool;
}

/**
 * One profile per distinct description: similarity depends only on description words, so a list
 * with hundreds of right answers (a value many subjects share) stays linear.
 */
function distinctDescriptions(index: QuizIndex, actors: readonly Actor[]): ActorProfile[] {
  const byDescription = new Map<string, ActorProfile>();
  for (const a of actors) {
    const profile = index.profiles.get(a.id);
    const description = a.description ?? '';
    if (profile && !byDescription.has(description)) byDescription.set(description, profile);
  }
  return [...byDescription.values()];
}

/** The story's cast plus bounded outsiders and role fillers of the kinds, scored (cached per base). */
function poolFor(index: QuizIndex, q: ActorDistractorQuery): PoolEntry[] {
  let key = q.preferSpeakers ? 'speakers' : '';
  for (const kind of q.kinds) key += `|${kind}`;
  for (const id of q.storySourceIds) key += `|${id}`;
  if (q.role) key += `|role:${roleKey(q.role)}`;
  const cached = index.pools.get(key);
  if (cached) return cached as PoolEntry[];

  const story = new Set<ActorProfile>();
  for (const sourceId of q.storySourceIds) {
    for (const kind of q.kinds) {
      for (const profile of index.castBySourceKind.get(`${sourceId}|${kind}`) ?? []) {
        story.add(profile);
      }
    }
  }
  const candidates = new Set(story);
  for (const kind of q.kinds) {
    const ranked = index.actorsByKind.get(kind) ?? [];
    addOutsiders(index, `kind|${kind}`, ranked, candidates, q.storySourceIds);
  }

  const roleKeys = q.role ? [roleKey(q.role), familyKey(q.role)] : [];
  // Those who fill the same role elsewhere (other summits that someone attended), bounded.
  for (const key of roleKeys) {
    const ranked = index.roleFillers.get(key) ?? [];
    addOutsiders(index, `role|${key}`, ranked, candidates, q.storySourceIds);
  }

  // -1: no role asked, or one nobody fills (no profile has it).
  const [role = -1, family = -1] = roleKeys.map((k) => index.roleNumbers.get(k) ?? -1);
  const pool: PoolEntry[] = [];
  for (const profile of candidates) {
    if (!q.kinds.has(profile.actor.kind) || isUnnamed(profile.actor)) continue;
    const inRole = profile.roles.has(role);
    if (q.role && isPicky(profile.actor.kind) && !inRole) continue;
    const inFamily = !inRole && profile.roles.has(family);
    const sameStory = story.has(profile);
    pool.push({
      profile,
      sameStory,
      placed: (inRole ? 3 : inFamily ? 1.5 : 0) + (sameStory ? 2 : 0),
    });
  }
  index.pools.set(key, pool);
  return pool;
}

/**
 * The first FALLBACK_LIMIT of a ranked list (most prominent of a kind, first fillers of a role)
 * that are not sidebar-only or candidates already. Notes in `index.scanned` how far down the list
 * each pool read (Infinity: to its end): its outsiders are those of that prefix, in whatever
 * order, so a changed base can tell whether a pool could differ (reach.ts).
 */
function addOutsiders(
  index: QuizIndex,
  list: string,
  ranked: readonly ActorProfile[],
  candidates: Set<ActorProfile>,
  story: readonly string[],
) {
  let added = 0;
  let read = Number.POSITIVE_INFINITY;
  for (let i = 0; i < ranked.length; i++) {
    if (added === FALLBACK_LIMIT) {
      read = i;
      break;
    }
    const profile = ranked[i] as ActorProfile;
    if (profile.sidebarOnly || candidates.has(profile)) continue;
    candidates.add(profile);
    added++;
  }
  const reads = index.scanned.get(list) ?? new Map<number, Set<string>>();
  index.scanned.set(list, reads);
  const stories = reads.get(read) ?? new Set<string>();
  reads.set(read, stories);
  for (const id of story.length > 0 ? story : [ANY_STORY]) stories.add(id);
}

/** An actor's description made `searchable`, computed once per base. */
function describedSearch(index: QuizIndex, actor: Actor): string {
  let text = index.descriptionSearch.get(actor.id);
  if (text === undefined) {
    text = searchable(actor.description ?? '');
    index.descriptionSearch.set(actor.id, text);
  }
  return text;
}
