import type { ChangedRows } from './change-log.ts';
import type { Db } from './db.ts';
import { isFoldedAscii, trigramIds, trigramSet } from './search-trigrams.ts';
import { focusCap, parseVector, rankTerm, type Vector, vectorLength } from './search-vector.ts';

/**
 * One collection's claims as search-memory.ts ranks them, and how such an index follows changes.
 *
 * An index is never changed once made: a change makes a new version (patchIndex) that shares
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

interface ClaimRow {
  id: string;
  subjectId: string;
  objectId: string | null;
  speakerId: string | null;
  person: boolean;
  offTopic: boolean;
  deprecated: boolean;
  dated: boolean;
  vector: string | null;
  text: string | null;
}

interface NameRow {
  actorId: string;
  name: string;
}

const EMPTY: CollectionIndex = {
  claims: [],
  positions: new Map(),
  byActor: new Map(),
  byLexeme: new Map(),
  names: [],
  namesOf: new Map(),
  namesByTrigram: new Map(),
  namesWithoutTrigrams: [],
  nameSeen: new Uint8Array(0),
  scratch: {
    covered: new Float64Array(0),
    terms: new Float64Array(0),
    tenths: new Uint8Array(0),
    seen: new Uint8Array(0),
    touched: new Int32Array(0),
  },
  divisors: new Map(),
  origin: { kind: 'load' },
};

/**
 * A patch is taken over a full load while it reads fewer rows than this share of the
 * collection's claims (or than MIN_PATCH), and while holes are under half of them (or
 * MIN_PATCH): beyond that, reading them by id costs about what reading the collection does.
 */
const PATCH_SHARE = 0.25;
const MIN_PATCH = 64;

/**
 * The collection's index, read whole; undefined when it cannot be ranked exactly here (text
 * pg_trgm would split otherwise than ASCII words).
 */
export async function loadCollection(
  prisma: Db,
  collectionId: string,
): Promise<CollectionIndex | undefined> {
  const rows = await prisma.$queryRaw<ClaimRow[]>`
    SELECT c.id, c."subjectId", c."objectId", c."speakerId", s.kind = 'PERSON' AS person,
      c."offTopic", c.rank = 'DEPRECATED' AS deprecated, c."valueDate" IS NOT NULL AS dated,
      c."searchVector"::text AS vector, c."searchText" AS text
    FROM "Claim" c JOIN "Actor" s ON s.id = c."subjectId"
    WHERE c."collectionId" = ${collectionId}
  `;
  const names = await prisma.$queryRaw<NameRow[]>`
    WITH actors AS (
      SELECT unnest(ARRAY["subjectId", "objectId", "speakerId"]) AS id FROM "Claim"
      WHERE "collectionId" = ${collectionId}
    )
    SELECT id AS "actorId", "searchName" AS name FROM "Actor" WHERE id IN (SELECT id FROM actors)
    UNION ALL
    SELECT "actorId", "searchName" FROM "ActorAlias" WHERE "actorId" IN (SELECT id FROM actors)
  `;
  return build(prisma, EMPTY, { dropped: [], rows, renamed: [], names, origin: { kind: 'load' } });
}

/**
 * The index of a collection after the changes `changed` tells of, patched from `base` (the
 * index as it was when they began) by reading only the rows they wrote; undefined when they are
 * too many to patch (the caller loads the collection whole). `base` itself when nothing it holds
 * changed. The claims re-read: those changes wrote, and the claims of changed actors (their
 * subject's kind; their names are read again too). A re-read claim no longer in the collection
 * (deleted, moved) is dropped; one new to it is added, with the names of actors it brings.
 */
export async function followChanges(
  prisma: Db,
  collectionId: string,
  base: CollectionIndex,
  changed: ChangedRows,
): Promise<{ index: CollectionIndex | undefined } | undefined> {
  const claimIds = new Set(changed.claims);
  const actors = [...changed.actors].filter((id) => base.namesOf.has(id) || base.byActor.has(id));
  for (const actor of actors)
    for (const claim of base.byActor.get(actor) ?? []) claimIds.add(claim.id);
  if (claimIds.size === 0 && actors.length === 0) return { index: base };
  const live = base.positions.size;
  const holes = base.claims.length - live;
  if (
    claimIds.size + actors.length > Math.max(PATCH_SHARE * live, MIN_PATCH) ||
    holes > Math.max(live / 2, MIN_PATCH)
  )
    return undefined;
  const ids = [...claimIds];
  const rows = await prisma.$queryRaw<ClaimRow[]>`
    SELECT c.id, c."subjectId", c."objectId", c."speakerId", s.kind = 'PERSON' AS person,
      c."offTopic", c.rank = 'DEPRECATED' AS deprecated, c."valueDate" IS NOT NULL AS dated,
      c."searchVector"::text AS vector, c."searchText" AS text
    FROM "Claim" c JOIN "Actor" s ON s.id = c."subjectId"
    WHERE c.id = ANY (${ids}::text[]) AND c."collectionId" = ${collectionId}
  `;
  // Names of the changed actors and of every actor of the re-read claims: an actor may belong to
  // another collection (a claim moved), whose changes this one does not hear, but the
  // refresh of this collection's claims that a rename makes is heard.
  const wanted = new Set(actors.filter((id) => base.namesOf.has(id)));
  for (const row of rows)
    for (const actor of [row.subjectId, row.objectId, row.speakerId]) if (actor) wanted.add(actor);
  const names =
    wanted.size === 0
      ? []
      : await prisma.$queryRaw<NameRow[]>`
          SELECT id AS "actorId", "searchName" AS name FROM "Actor" WHERE id = ANY (${[...wanted]}::text[])
          UNION ALL
          SELECT "actorId", "searchName" FROM "ActorAlias" WHERE "actorId" = ANY (${[...wanted]}::text[])
        `;
  const index = await build(prisma, base, {
    dropped: ids,
    rows,
    renamed: [...wanted],
    names,
    origin: { kind: 'patch', claims: ids, actors: [...wanted] },
  });
  return { index };
}

/** The claims read, as indexed claims (no place yet), with their divisors from the database. */
async function indexedClaims(
  prisma: Db,
  rows: ClaimRow[],
  known: ReadonlyMap<number, number>,
): Promise<{ claims: IndexedClaim[]; divisors: ReadonlyMap<number, number> } | undefined> {
  // Claims with the same text (copies of a statement) share one trigram array, which rank()
  // memoises its similarities by.
  const gramsByText = new Map<string, Int32Array>();
  // One string per distinct lexeme across the vectors read.
  const lexemeStrings = new Map<string, string>();
  const claims: IndexedClaim[] = [];
  for (const row of rows) {
    const text = row.text ?? '';
    if (!isFoldedAscii(text)) return undefined;
    const vector = parseVector(row.vector ?? '', lexemeStrings);
    const grams = gramsByText.get(text) ?? trigramIds(text);
    gramsByText.set(text, grams);
    claims.push({
      id: row.id,
      subjectId: row.subjectId,
      objectId: row.objectId,
      speakerId: row.speakerId,
      person: row.person,
      offTopic: row.offTopic,
      deprecated: row.deprecated,
      dated: row.dated,
      vector,
      divisor: 1,
      text,
      trigramIds: grams,
      focusCap: 0,
      position: -1,
    });
  }
  let divisors = known;
  const lengths = [...new Set(claims.map((claim) => vectorLength(claim.vector)))].filter(
    (n) => !known.has(n),
  );
  if (lengths.length > 0) {
    const more = new Map(known);
    for (const row of await prisma.$queryRaw<{ n: number; divisor: number }[]>`
      SELECT n, ln(n + 1::float8) / ln(2::float8) AS divisor FROM unnest(${lengths}::int[]) n
    `)
      more.set(row.n, row.divisor);
    divisors = more;
  }
  for (const claim of claims) {
    claim.divisor = divisors.get(vectorLength(claim.vector)) ?? 1;
    claim.focusCap = focusCap(claim.vector, claim.divisor);
  }
  return { claims, divisors };
}

interface Patch {
  /** Claims to take out (re-read ones come back in `rows` when still in the collection). */
  dropped: Iterable<string>;
  rows: ClaimRow[];
  /** Actors whose held names are replaced by those in `names` (none left: dropped). */
  renamed: Iterable<string>;
  names: NameRow[];
  origin: SearchIndexOrigin;
}

async function build(
  prisma: Db,
  base: CollectionIndex,
  patch: Patch,
): Promise<CollectionIndex | undefined> {
  for (const n of patch.names) if (!isFoldedAscii(n.name)) return undefined;
  const read = await indexedClaims(prisma, patch.rows, base.divisors);
  if (!read) return undefined;

  // Claims: re-read ones keep their places, new ones are appended, dropped ones leave holes.
  const claims = base.claims.slice();
  const positions = new Map(base.positions);
  const removed = new Set<IndexedClaim>();
  for (const id of patch.dropped) {
    const at = positions.get(id);
    if (at === undefined) continue;
    removed.add(claims[at] as IndexedClaim);
    claims[at] = undefined;
    positions.delete(id);
  }
  for (const claim of read.claims) {
    claim.position = base.positions.get(claim.id) ?? claims.length;
    claims[claim.position] = claim;
    positions.set(claim.id, claim.position);
  }

  // Postings of the lexemes the removed and added claims hold: the old ones without the removed
  // claims, then the added ones. Their order does not matter to rank().
  const added = new Map<string, IndexedClaim[]>();
  for (const claim of removed)
    for (const lexeme of claim.vector.keys()) if (!added.has(lexeme)) added.set(lexeme, []);
  for (const claim of read.claims)
    for (const lexeme of claim.vector.keys()) {
      const list = added.get(lexeme);
      if (list) list.push(claim);
      else added.set(lexeme, [claim]);
    }
  const byLexeme = base === EMPTY ? new Map<string, Postings>() : new Map(base.byLexeme);
  for (const [lexeme, fresh] of added) {
    const old = base.byLexeme.get(lexeme);
    const kept: number[] = [];
    if (old)
      for (let i = 0; i < old.claims.length; i++)
        if (!removed.has(old.claims[i] as IndexedClaim)) kept.push(i);
    const size = kept.length + fresh.length;
    if (size === 0) {
      byLexeme.delete(lexeme);
      continue;
    }
    const postings: Postings = {
      claims: new Array(size),
      positions: new Int32Array(size),
      weights: new Float64Array(size),
      terms: new Float64Array(size),
    };
    let j = 0;
    for (const i of kept) {
      const o = old as Postings;
      postings.claims[j] = o.claims[i] as IndexedClaim;
      postings.positions[j] = o.positions[i] as number;
      postings.weights[j] = o.weights[i] as number;
      postings.terms[j] = o.terms[i] as number;
      j++;
    }
    for (const claim of fresh) {
      postings.claims[j] = claim;
      postings.positions[j] = claim.position;
      postings.weights[j] = lexemeWeight(claim.vector, lexeme);
      postings.terms[j] = rankTerm(claim.vector, lexeme);
      j++;
    }
    byLexeme.set(lexeme, postings);
  }

  // Claims by actor, likewise.
  const actorsOf = (claim: IndexedClaim) =>
    new Set(
      [claim.subjectId, claim.objectId, claim.speakerId].filter((a): a is string => a !== null),
    );
  const touchedActors = new Map<string, IndexedClaim[]>();
  for (const claim of removed)
    for (const actor of actorsOf(claim))
      if (!touchedActors.has(actor)) touchedActors.set(actor, []);
  for (const claim of read.claims)
    for (const actor of actorsOf(claim)) {
      const list = touchedActors.get(actor);
      if (list) list.push(claim);
      else touchedActors.set(actor, [claim]);
    }
  const byActor = base === EMPTY ? new Map<string, IndexedClaim[]>() : new Map(base.byActor);
  for (const [actor, fresh] of touchedActors) {
    const list = (base.byActor.get(actor) ?? []).filter((claim) => !removed.has(claim));
    list.push(...fresh);
    if (list.length > 0) byActor.set(actor, list);
    else byActor.delete(actor);
  }

  const names = patchNames(base, patch);
  const size = claims.length;
  return {
    claims,
    positions,
    byActor,
    byLexeme,
    ...names,
    nameSeen:
      base.nameSeen.length >= names.names.length
        ? base.nameSeen
        : new Uint8Array(grow(names.names.length)),
    scratch: base.scratch.seen.length >= size ? base.scratch : scratchFor(grow(size)),
    divisors: read.divisors,
    origin: patch.origin,
  };
}

/** Room for a few more without reallocating at the next patch. */
const grow = (size: number) => Math.ceil(size * 1.1) + 16;

function scratchFor(size: number): CollectionIndex['scratch'] {
  return {
    covered: new Float64Array(size),
    terms: new Float64Array(size),
    tenths: new Uint8Array(size),
    seen: new Uint8Array(size),
    touched: new Int32Array(size),
  };
}

/** The names with the renamed actors' held names taken out and the names read added. */
function patchNames(
  base: CollectionIndex,
  patch: Patch,
): Pick<CollectionIndex, 'names' | 'namesOf' | 'namesByTrigram' | 'namesWithoutTrigrams'> {
  const names = base.names.slice();
  const namesOf = new Map(base.namesOf);
  const namesByTrigram =
    base === EMPTY ? new Map<string, number[]>() : new Map(base.namesByTrigram);
  // Lists copied in this patch (the base's are never changed).
  const own = new Set<string>();
  const listOf = (gram: string) => {
    let list = namesByTrigram.get(gram);
    if (!list) {
      list = [];
      namesByTrigram.set(gram, list);
      own.add(gram);
    } else if (!own.has(gram)) {
      list = list.slice();
      namesByTrigram.set(gram, list);
      own.add(gram);
    }
    return list;
  };
  const gone = new Set<number>();
  for (const actor of patch.renamed) {
    for (const at of namesOf.get(actor) ?? []) {
      gone.add(at);
      for (const gram of (names[at] as IndexedName).trigrams) {
        if (!namesByTrigram.get(gram)?.includes(at)) continue;
        const list = listOf(gram).filter((x) => x !== at);
        if (list.length > 0) namesByTrigram.set(gram, list);
        else {
          namesByTrigram.delete(gram);
          own.delete(gram);
        }
      }
      names[at] = undefined;
    }
    namesOf.delete(actor);
  }
  const namesWithoutTrigrams =
    gone.size > 0
      ? base.namesWithoutTrigrams.filter((at) => !gone.has(at))
      : base.namesWithoutTrigrams.slice();

  const grams = new Map<string, string>();
  const internGram = (gram: string) => {
    const known = grams.get(gram);
    if (known !== undefined) return known;
    grams.set(gram, gram);
    return gram;
  };
  const fresh = patch.names.map((n): IndexedName => {
    const ids = trigramIds(n.name);
    const distinct = Int32Array.from(new Set(ids));
    return {
      actorId: n.actorId,
      name: n.name,
      trigrams: [...trigramSet(n.name)].map(internGram),
      ids,
      distinct,
      need: Math.ceil(0.6 * distinct.length),
    };
  });
  // Rarity among the names held (how many list the trigram in their prefix) and those added.
  const frequency = new Map<string, number>();
  for (const { trigrams } of fresh)
    for (const gram of trigrams)
      frequency.set(gram, (frequency.get(gram) ?? namesByTrigram.get(gram)?.length ?? 0) + 1);
  const rarer = (x: string, y: string) =>
    (frequency.get(x) as number) - (frequency.get(y) as number) || (x < y ? -1 : x > y ? 1 : 0);
  for (const name of fresh) {
    const at = names.length;
    names.push(name);
    const held = namesOf.get(name.actorId);
    namesOf.set(name.actorId, [...(held ?? []), at]);
    const { trigrams } = name;
    if (trigrams.length === 0) {
      namesWithoutTrigrams.push(at);
      continue;
    }
    const prefix = [...trigrams].sort(rarer);
    prefix.length = trigrams.length - Math.ceil(0.6 * trigrams.length) + 1;
    for (const gram of prefix) listOf(gram).push(at);
  }
  return { names, namesOf, namesByTrigram, namesWithoutTrigrams };
}

/**
 * The weight of a lexeme's best place in a claim's vector (A 1.0, B 0.7, C 0.4, D 0.2), 0 when
 * absent, read from the vector's weights (three sets per claim of its A, B and C lexemes, which
 * said the same, were a sixth of the index's memory).
 */
function lexemeWeight(vector: Vector, lexeme: string): number {
  const weights = vector.get(lexeme);
  if (weights === undefined) return 0;
  if (weights.includes('A')) return 1.0;
  if (weights.includes('B')) return 0.7;
  if (weights.includes('C')) return 0.4;
  return 0.2;
}
