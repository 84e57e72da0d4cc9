import type { Db } from './db.ts';
import type {
  CollectionIndex,
  IndexedClaim,
  IndexedName,
  Postings,
  SearchIndexOrigin,
} from './search-index.ts';
import { isFoldedAscii, trigramIds, trigramSet } from './search-trigrams.ts';
import { focusCap, parseVector, rankTerm, type Vector, vectorLength } from './search-vector.ts';

/** A claim's row as the loads read it: the indexed claim's plain fields, its vector as text. */
export type ClaimRow = Pick<
  IndexedClaim,
  'id' | 'subjectId' | 'objectId' | 'speakerId' | 'person' | 'offTopic' | 'deprecated' | 'dated'
> & { vector: string | null; text: string | null };

/** An actor's folded name or alias. */
export interface NameRow {
  actorId: string;
  name: string;
}

/** The index of no claims: what a full load builds onto. */
export const EMPTY: CollectionIndex = {
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

/** What a load or a patch read, and what it replaces. */
export interface Patch {
  /** Claims to take out (re-read ones come back in `rows` when still in the collection). */
  dropped: Iterable<string>;
  rows: ClaimRow[];
  /** Actors whose held names are replaced by those in `names` (none left: dropped). */
  renamed: Iterable<string>;
  names: NameRow[];
  origin: SearchIndexOrigin;
}

/**
 * The index `base` becomes with `patch`: re-read claims keep their places, new ones are appended,
 * dropped ones leave holes; undefined when it cannot be ranked exactly here.
 */
export async function build(
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
