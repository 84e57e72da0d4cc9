import type { Actor, ActorKind } from '@attest/knowledge';
import type { QuizIndex } from './kb-index.ts';
import { mentions, searchable } from './names.ts';
import { byRank, pickRanked, type Ranked } from './pick.ts';
import type { Rng } from './random.ts';
import { familyKey, fillsFamilyRole, fillsRole, isPicky, type Role, roleKey } from './roles.ts';

/** How many outsiders (most prominent first) of each kind join the story's own cast. */
const FALLBACK_LIMIT = 12;

export interface ActorDistractorQuery {
  kinds: ReadonlySet<ActorKind>;
  /** The right answers: never offered as distractors, and what similarity is measured against. */
  answers: readonly Actor[];
  /** Sources the question comes from: their cast makes the most plausible distractors. */
  storySourceIds: readonly string[];
  /** True when the candidate would also be a right answer according to the base. */
  isRight: (actorId: string) => boolean;
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
  return pickRanked(rankingFor(index, q), q.count, taken, q.rng, ({ actor }) => {
    const keys = index.nameKeys.get(actor.id) ?? [];
    const named = (k: string) =>
      mentions(q.prompt, k) || described.some((d) => d.kind !== actor.kind && mentions(d.text, k));
    return !keys.some(named) && !q.isRight(actor.id);
  });
}

/**
 * Candidates ranked for these answers in this story. The ranking does not depend on the prompt
 * or the seed, so questions about the same answer in the same story share it (cached per base).
 */
function rankingFor(index: QuizIndex, q: ActorDistractorQuery): ActorDistractor[] {
  let key = q.preferSpeakers ? 'speakers' : '';
  for (const kind of q.kinds) key += `|${kind}`;
  for (const a of q.answers) key += `|${a.id}`;
  for (const id of q.storySourceIds) key += `|${id}`;
  if (q.role) key += `|role:${roleKey(q.role)}`;
  const cached = index.rankings.get(key);
  if (cached) return cached as ActorDistractor[];

  const story = new Set<string>();
  for (const sourceId of q.storySourceIds) {
    for (const kind of q.kinds) {
      for (const id of index.castBySourceKind.get(`${sourceId}|${kind}`) ?? []) story.add(id);
    }
  }
  const candidates = new Set(story);
  for (const kind of q.kinds) {
    let outsiders = 0;
    for (const id of index.actorsByKind.get(kind) ?? []) {
      if (outsiders === FALLBACK_LIMIT) break;
      if (index.sidebarOnly.has(id) || candidates.has(id)) continue;
      candidates.add(id);
      outsiders++;
    }
  }

  if (q.role) {
    // Those who fill the same role elsewhere (other summits that someone attended), bounded.
    for (const k of [roleKey(q.role), familyKey(q.role)]) {
      let added = 0;
      for (const id of index.roleActors.get(k) ?? []) {
        if (added === FALLBACK_LIMIT) break;
        if (index.sidebarOnly.has(id) || candidates.has(id)) continue;
        candidates.add(id);
        added++;
      }
    }
  }

  const ranked: ActorDistractor[] = [];
  for (const id of candidates) {
    const actor = index.actors.get(id);
    if (!actor || !q.kinds.has(actor.kind) || q.answers.some((a) => a.id === id)) continue;
    const sameRole = !!q.role && fillsRole(index, q.role, id);
    if (q.role && isPicky(actor.kind) && !sameRole) continue;
    const familyRole = !sameRole && !!q.role && fillsFamilyRole(index, q.role, id);
    const sameStory = story.has(id);
    let similarity = 0;
    for (const a of q.answers) similarity = Math.max(similarity, descriptionSimilarity(a, actor));
    const quoted = q.preferSpeakers && index.claimsBySpeaker.has(id) ? 0.5 : 0;
    const prominence = Math.min(index.prominence.get(id) ?? 0, 8) / 16;
    ranked.push({
      actor,
      sameStory,
      similarity,
      score:
        (sameRole ? 3 : familyRole ? 1.5 : 0) +
        (sameStory ? 2 : 0) +
        similarity * 2.5 +
        quoted +
        prominence,
      tie: index.actorHashes.get(id) ?? 0,
      keys: index.nameKeys.get(id) ?? [],
    });
  }
  ranked.sort(byRank);
  index.rankings.set(key, ranked);
  return ranked;
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

const STOP_WORDS = new Set('the and for of in on at to a an from with former'.split(' '));
const wordCache = new WeakMap<Actor, Set<string>>();

function descriptionWords(actor: Actor): Set<string> {
  let words = wordCache.get(actor);
  if (!words) {
    const all = (actor.description ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u);
    words = new Set(all.filter((w) => w.length > 2 && !STOP_WORDS.has(w)));
    wordCache.set(actor, words);
  }
  return words;
}

/** Jaccard overlap of description words: "think tank" finds think tanks. */
export function descriptionSimilarity(a: Actor, b: Actor): number {
  const x = descriptionWords(a);
  const y = descriptionWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}
