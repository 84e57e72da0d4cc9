import type { Vector } from './search-vector.ts';

/**
 * One collection's claims as search-memory.ts ranks them, and how such an index follows changes:
 * the index's shape here; its reading (a full load, or a patch after changes) in
 * search-index-load.ts; its making from the rows read in search-index-build.ts.
 *
 * An index is never changed once made: a change makes a new version (followChanges) that shares
 * with the previous one every claim it did not re-read (and their trigram arrays and vectors),
 * and copies the maps it edits (by lexeme, by actor, by trigram), so a search holding the old
 * version ranks it whole. A claim keeps its place (`position`) across versions; a deleted claim
 * leaves a hole, which no posting names; holes are squeezed out by the next full load.
 *
 * What each kind of row gives the index (so what a change to it needs read again):
 * - Claim: everything about the claim (its search document, "searchVector" and "searchText",
 *   its actors, flags). Evidence, predicates and actor names reach a claim's document only
 *   through attest_refresh_claim_search(), which writes the Claim row, so they are heard as
 *   claim changes; an Evidence change names its claim and re-reads it too (harmless).
 * - Actor and ActorAlias: the folded names the question is matched against, and whether a
 *   claim's subject is a person: a changed actor's names and its claims are read again.
 * - Source, NoiseRegion, ActorRelation, Dispute, Predicate: nothing (search reads none of them),
 *   so a change to those alone keeps the index as it is.
 */

export interface IndexedClaim {
  id: string;
  subjectId: string;
  objectId: string | null;
  speakerId: string | null;
  person: boolean;
  offTopic: boolean;
  deprecated: boolean;
  dated: boolean;
  vector: Vector;
  /** ts_rank's length normalisation, computed by the database (rankOr). */
  divisor: number;
  text: string;
  /** trigramIds(text), one array shared by the claims read together with the same text. */
  trigramIds: Int32Array;
  /** At least 0.1 × ts_rank(vector, any question, 1): the focus term's bound, coarsely rounded up. */
  focusCap: number;
  /** Its place in its collection's `claims`, the same in every version of the index. */
  position: number;
}

export interface Postings {
  claims: IndexedClaim[];
  /** The claims' places in their collection's `claims`, as a typed array for the hot loop. */
  positions: Int32Array;
  /** The weight of each claim's best place for the lexeme (1, 0.7, 0.4, 0.2). */
  weights: Float64Array;
  /** The lexeme's term in ts_rank's sum for each claim (rankTerm), for the focus bound. */
  terms: Float64Array;
}

export interface IndexedName {
  actorId: string;
  name: string;
  /** Its distinct trigrams, as interned strings (a Set per name was a tenth of the index). */
  trigrams: readonly string[];
  /** trigramIds(name), repeats kept, for word_similarity. */
  ids: Int32Array;
  /** The ids of `trigrams`, and how many of them a question must hold: ⌈0.6 × size⌉. */
  distinct: Int32Array;
  need: number;
}

/** How an index version was made: a full load, or a patch and the rows it read again. */
export type SearchIndexOrigin =
  | { kind: 'load' }
  | { kind: 'patch'; claims: readonly string[]; actors: readonly string[] };

export interface CollectionIndex {
  /** By position; undefined where a claim was deleted (no posting names it). */
  claims: (IndexedClaim | undefined)[];
  /** Claim positions by id: the claims the collection holds. */
  positions: Map<string, number>;
  /** Claims by subject, object or speaker id. */
  byActor: Map<string, IndexedClaim[]>;
  /** Claims by lexeme, each with the coverage weight of its best place for it (1, 0.7, 0.4, 0.2). */
  byLexeme: Map<string, Postings>;
  /**
   * Folded names and aliases of the actors this collection's claims are about (and, after
   * patches, maybe of actors they no longer name: harmless, a name lifts only its actor's claims).
   * Undefined where a name was dropped (no list below names it).
   */
  names: (IndexedName | undefined)[];
  /** The places in `names` of each actor's names: the actors whose names are held. */
  namesOf: Map<string, number[]>;
  /**
   * Names (their places in `names`) by the trigrams of their prefix, and those without any. A
   * name's prefix is its t − ⌈0.6 t⌉ + 1 rarest trigrams (of its t, rarest among the names when
   * it was added): a name sharing ⌈0.6 t⌉ trigrams with a question shares one of its prefix
   * whichever t − ⌈0.6 t⌉ + 1 they are, and rare ones keep a common one ("an ") from listing
   * most names.
   */
  namesByTrigram: Map<string, number[]>;
  namesWithoutTrigrams: number[];
  /** rank()'s scratch: the names a search has looked at (cleared after it); shared by versions. */
  nameSeen: Uint8Array;
  /**
   * rank()'s per-claim scratch, cleared after each search for the claims it touched only: a
   * search costs its matched claims, not the collection's size. rank() is synchronous, so
   * searches never share it at once, and versions of an index share it while it is long enough.
   */
  scratch: {
    covered: Float64Array;
    /** The claim's rankTerm summed over the question's lexemes. */
    terms: Float64Array;
    tenths: Uint8Array;
    seen: Uint8Array;
    touched: Int32Array;
  };
  /** ln(n + 1) / ln(2) by vector length n, as the database computes it (its C library's ln). */
  divisors: ReadonlyMap<number, number>;
  origin: SearchIndexOrigin;
}
