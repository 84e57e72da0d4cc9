import type { Actor } from '@attest/knowledge';

/**
 * What ranking a distractor needs to know about an actor, in one object: at 100× the corpus, six
 * lookups in maps of 30,000 actors per candidate cost more in cache misses than the ranking itself.
 */
export interface ActorProfile {
  actor: Actor;
  /** On-topic claims that mention the actor. */
  prominence: number;
  /** Only sidebar (off-topic) claims mention it: never a plausible distractor. */
  sidebarOnly: boolean;
  /** Speaker of some claim: the likeliest confusion for a quote. */
  quoted: boolean;
  /** A hash of the id, for cheap seeded tie-breaks. */
  tie: number;
  /** Name keys of the name and aliases. */
  keys: string[];
  /**
   * The roles it fills in some claim, by their number in `roleNumbers`: a number compares
   * without reading two strings, which at scale are rarely in the cache.
   */
  roles: Set<number>;
  /** Description words, split when first compared (descriptionWords). */
  words: Set<string> | null;
}

const STOP_WORDS = new Set('the and for of in on at to a an from with former'.split(' '));

function descriptionWords(profile: ActorProfile): Set<string> {
  if (!profile.words) {
    const all = (profile.actor.description ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u);
    profile.words = new Set(all.filter((w) => w.length > 2 && !STOP_WORDS.has(w)));
  }
  return profile.words;
}

/** Jaccard overlap of description words: "think tank" finds think tanks. */
export function descriptionSimilarity(a: ActorProfile, b: ActorProfile): number {
  const x = descriptionWords(a);
  const y = descriptionWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}
