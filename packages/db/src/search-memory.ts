import type { ChangedRows } from './change-log.ts';
import { collatesByCodePoint, compareCodePoints } from './code-point-order.ts';
import type { Db } from './db.ts';
import type { ClaimHit, SearchClaimsOptions } from './search.ts';
import { EXACT_TOP } from './search-head.ts';
import type {
  CollectionIndex,
  IndexedClaim,
  IndexedName,
  SearchIndexOrigin,
} from './search-index.ts';
import { followChanges, loadCollection } from './search-index-load.ts';
import { type FoldedQuestion, foldQuestion } from './search-question.ts';
import { SimilarityMemo } from './search-similarity-memo.ts';
import {
  internedTrigrams,
  isFoldedAscii,
  trigramIds,
  trigramSet,
  trigramSimilarity,
  wordSimilarity,
} from './search-trigrams.ts';
import { rankOr } from './search-vector.ts';

/**
 * searchClaims' ranking computed in the API process from claims held in memory, the same numbers
 * as its SQL (src/search.ts explains the score) in the same order. Only what depends on the
 * question and on the whole database is asked of it, in one statement that reads no claim: the
 * folded text, its stemmed words with their IDF, and the claims' words closest to misspelled ones
 * (the word table's trigram index). Coverage, actor names, ts_rank and pg_trgm's word_similarity
 * are computed here (search-vector.ts, search-trigrams.ts port them, float4 rounding included).
 *
 * The claims are indexed per collection (search-index.ts) and the index reused while the
 * caller's freshness signal says that collection has not changed since it was made
 * (`SearchFreshness`): the API passes the knowledge cache's watch, which hears the collections
 * each change names (migration change_collections) and the sources, actors and claims it wrote
 * (migration change_keys, kept by generation in a ChangeLog). When a collection changed and
 * `changedSince` can tell which of its rows changes wrote since its index was made, and they are
 * few (under a quarter of its claims), the next version is patched from the last by reading only
 * those claims, the claims of changed actors and their actors' names (tens of milliseconds at
 * 100×); a change to nothing the index holds (a source, a predicate) keeps it as it is.
 * Otherwise (a change that named no collection or no keys, a gap in hearing, many rows) the
 * collection is read whole again: about 0.1 s at 1×, 5–11 s at 100× on the shared machine.
 * While a version is made its collection's searches run in SQL rather than wait; a version is
 * never changed once made, so a search holding the last one ranks it whole. What spans
 * collections (the word table and its IDF, the list of all collections) is read again on any
 * change. Whatever this cannot reproduce exactly (text pg_trgm would split otherwise than ASCII
 * words, a database collation other than C) returns undefined and the caller runs the SQL.
 *
 * Only claims that can reach the requested page are scored (rank() explains the bound), so a
 * common word held by most claims costs a pass over its postings, not a score per claim.
 */

/**
 * What the caller knows of changes: `generation` moves on any change to the knowledge; a
 * collection's `changedAt` is the generation of the last change that may have touched it (a
 * change naming it, or naming none). A plain number is both: every change touches everything.
 */
export interface SearchFreshness {
  generation: number;
  changedAt(collectionId: string): number;
  /**
   * The rows of a collection that changes heard after `generation` wrote (ChangeLog.since);
   * undefined when that cannot be told.
   */
  changedSince?(collectionId: string, generation: number): ChangedRows | undefined;
}

interface CollectionEntry {
  loading: Promise<unknown>;
  done: boolean;
  /** Undefined once done: not reproducible here, use SQL. */
  index?: CollectionIndex;
  /**
   * The generation when its load (or patch) began: current while the collection's changedAt is
   * not later; once stale, the base the next version is patched from.
   */
  loadedAt: number;
}

interface Indexes {
  generation: number;
  /**
   * Per collection: its load, and once done its index; kept across generations, current or not
   * (a stale one is what the next version is patched from).
   */
  collections: Map<string, CollectionEntry>;
  /** All collection ids, for searches across all of them. */
  all?: Promise<string[]>;
  words?: Promise<WordTable>;
}

const indexes = new WeakMap<Db, Indexes>();

function indexesAt(prisma: Db, { generation }: SearchFreshness): Indexes {
  let state = indexes.get(prisma);
  if (!state || state.generation !== generation) {
    state = {
      generation,
      collections: state?.collections ?? new Map(),
    };
    indexes.set(prisma, state);
  }
  return state;
}

/**
 * A collection's index at the caller's generation: `stale` (the last version, maybe still being
 * made) patched with the rows changed since it began, when the caller can tell them and they are
 * few; otherwise read whole.
 */
async function nextIndex(
  prisma: Db,
  collectionId: string,
  fresh: SearchFreshness,
  stale: CollectionEntry | undefined,
): Promise<CollectionIndex | undefined> {
  if (stale && fresh.changedSince) {
    // A version still being made is waited for, then patched: not read again from the start.
    if (!stale.done) await stale.loading;
    const changed = stale.index && fresh.changedSince(collectionId, stale.loadedAt);
    if (stale.index && changed) {
      const patched = await followChanges(prisma, collectionId, stale.index, changed);
      if (patched) return patched.index;
    }
  }
  return loadCollection(prisma, collectionId);
}

interface Question {
  normalized: string;
  lexemes: { lexeme: string; idf: number }[];
  weight: number;
  near: string[];
}

/**
 * "SearchTerm", the claims holding each word (of all collections), with each word's IDF as the
 * SQL computes it (so its C library's ln, to the last bit), and an index of the words' trigrams
 * for misspellings. Loaded once per generation.
 */
interface WordTable {
  idf: Map<string, number>;
  /** The IDF of a word no claim holds. */
  unknownIdf: number;
  /** Words by trigram, for the words close to a misspelled one. */
  byTrigram: Map<string, string[]>;
  /** Whether pg_trgm splits every word as trigramList does. */
  ascii: boolean;
}

async function loadWordTable(prisma: Db): Promise<WordTable> {
  const rows = await prisma.$queryRaw<{ lexeme: string; claims: number | null; idf: number }[]>`
    WITH total AS (SELECT coalesce((SELECT claims FROM "SearchTerm" WHERE lexeme = ''), 0) AS claims)
    SELECT t.lexeme, t.claims, ln(1 + total.claims::float8 / (1 + coalesce(t.claims, 0))) AS idf
    FROM total LEFT JOIN "SearchTerm" t ON t.lexeme <> ''
    UNION ALL
    SELECT NULL, NULL, ln(1 + total.claims::float8 / 1) FROM total
  `;
  const table: WordTable = { idf: new Map(), unknownIdf: 0, byTrigram: new Map(), ascii: true };
  for (const { lexeme, idf } of rows) {
    if (lexeme === null) {
      table.unknownIdf = idf;
      continue;
    }
    table.idf.set(lexeme, idf);
    if (!isFoldedAscii(lexeme)) table.ascii = false;
    for (const gram of trigramSet(lexeme)) {
      const words = table.byTrigram.get(gram);
      if (words) words.push(lexeme);
      else table.byTrigram.set(gram, [lexeme]);
    }
  }
  return table;
}

/**
 * pg_trgm's `word <% lexeme` (word_similarity(word, lexeme) >= 0.6, the default threshold) over
 * the word table. A lexeme can reach 0.6 only if it holds at least 0.6 of the word's trigrams,
 * so only those are compared.
 */
function nearWords(table: WordTable, word: string): string[] {
  const grams = trigramSet(word);
  const shared = new Map<string, number>();
  for (const gram of grams)
    for (const lexeme of table.byTrigram.get(gram) ?? [])
      shared.set(lexeme, (shared.get(lexeme) ?? 0) + 1);
  const near: string[] = [];
  for (const [lexeme, count] of shared)
    if (count >= 0.6 * grams.size && wordSimilarity(word, lexeme) >= 0.6) near.push(lexeme);
  return near;
}

/**
 * What depends on the question: its folded text and stemmed words (questionOf); their IDF and the claims' words close to misspelled ones from the
 * word table. Undefined when a misspelled word would need pg_trgm on words it splits otherwise.
 */
async function readQuestion(
  prisma: Db,
  table: Promise<WordTable>,
  text: string,
): Promise<Question | undefined> {
  const [row, words] = await Promise.all([questionOf(prisma, text), table]);
  if (!row) return undefined;
  const lexemes = row.lexemes.map((lexeme) => ({
    lexeme,
    idf: words.idf.get(lexeme) ?? words.unknownIdf,
  }));
  // The SQL sums the IDFs in its lexemes' order, which its plan decides: the last bit may differ.
  let weight = 0;
  for (const { idf } of lexemes) weight += idf;
  const near = new Set<string>();
  for (const { lexeme } of lexemes) {
    if (words.idf.has(lexeme) || lexeme.length < 4) continue;
    if (!words.ascii || !isFoldedAscii(lexeme)) return undefined;
    for (const word of nearWords(words, lexeme)) near.add(word);
  }
  return {
    normalized: row.normalized,
    lexemes,
    weight: lexemes.length > 0 ? Math.max(weight, 1e-9) : 1e-9,
    near: [...near],
  };
}

/** The question folded and stemmed in this process (search-question.ts), else by the database. */
async function questionOf(prisma: Db, text: string): Promise<FoldedQuestion | undefined> {
  const folded = await foldQuestion(prisma, text);
  if (folded) return folded;
  const [row] = await prisma.$queryRaw<FoldedQuestion[]>`
    WITH input AS (SELECT attest_normalize(${text}) AS normalized)
    SELECT normalized, tsvector_to_array(to_tsvector('english', normalized)) AS lexemes FROM input
  `;
  return row;
}

/** Lexemes that to_tsquery('simple', quote_literal(x)) leaves as they are. */
const plainLexeme = (lexeme: string) => /^[a-z0-9]+$/.test(lexeme);

/**
 * Claims ranked as searchClaims ranks them, from memory; undefined when this cannot rank them
 * exactly (the caller then runs the SQL). `generation`: the caller's freshness signal, changed
 * whenever the knowledge may have changed.
 */
export async function searchClaimsInMemory(
  prisma: Db,
  text: string,
  freshness: number | SearchFreshness,
  { within, collectionIds, limit = 200 }: SearchClaimsOptions = {},
): Promise<ClaimHit[] | undefined> {
  const fresh =
    typeof freshness === 'number'
      ? { generation: freshness, changedAt: () => freshness }
      : freshness;
  const state = indexesAt(prisma, fresh);
  // Loaded once per generation; a failed load is tried again on the next search.
  const once = <K extends 'all' | 'words'>(key: K, load: () => NonNullable<Indexes[K]>) => {
    const loading = state[key] ?? load();
    if (!state[key]) {
      state[key] = loading;
      loading.catch(() => {
        if (state[key] === loading) state[key] = undefined;
      });
    }
    return loading;
  };
  const all = once('all', () =>
    prisma.$queryRaw<{ id: string }[]>`SELECT DISTINCT "collectionId" AS id FROM "Claim"`.then(
      (rows) => rows.map((r) => r.id),
    ),
  );
  const words = once('words', () => loadWordTable(prisma));
  const [codePoints, collections, question] = await Promise.all([
    collatesByCodePoint(prisma),
    collectionIds ? Promise.resolve(collectionIds) : all,
    readQuestion(prisma, words, text),
  ]);
  if (!codePoints) return undefined;
  // A collection still loading (seconds at 100×) is searched in SQL meanwhile, not waited for.
  let ready = true;
  const loaded = [...new Set(collections)].map((id) => {
    let entry = state.collections.get(id);
    if (!entry || fresh.changedAt(id) > entry.loadedAt) {
      const created: CollectionEntry = {
        loading: Promise.resolve(),
        done: false,
        loadedAt: fresh.generation,
      };
      created.loading = nextIndex(prisma, id, fresh, entry).then(
        (index) => {
          created.index = index;
          created.done = true;
        },
        // A failed load is tried again on the next search.
        () => {
          if (state.collections.get(id) === created) state.collections.delete(id);
        },
      );
      state.collections.set(id, created);
      entry = created;
    }
    if (!entry.done) ready = false;
    return entry.index;
  });
  if (!ready) return undefined;
  if (!question || loaded.some((index) => index === undefined)) return undefined;
  const { normalized, lexemes, near } = question;
  if (!isFoldedAscii(normalized)) return undefined;
  if (!lexemes.every((l) => plainLexeme(l.lexeme)) || !near.every(plainLexeme)) return undefined;
  return rank(loaded as CollectionIndex[], question, { within, limit });
}

function rank(
  collections: CollectionIndex[],
  { normalized, lexemes, weight, near }: Question,
  { within, limit }: { within?: string[]; limit: number },
): ClaimHit[] {
  const padded = ` ${normalized} `;
  const grams = trigramSet(normalized);
  const questionTrigrams = trigramIds(normalized);
  // Actors named exactly (0.1) or closely misspelled (0.3), in tenths: numeric in the SQL.
  const lift = new Map<string, number>();
  const held = questionMarks(questionTrigrams);
  for (const { names, namesByTrigram, namesWithoutTrigrams, nameSeen } of collections) {
    // word_similarity(name, text) is at most the share of the name's trigrams the text holds,
    // and a name the text holds as words has all its trigrams in it: only names holding 0.6 of
    // their trigrams in the text can be named either way. Those share a trigram of their prefix
    // (namesByTrigram), and are counted exactly.
    // Each name looked at once, its trigrams counted as ids against the question's marks.
    const candidates = [...namesWithoutTrigrams];
    const looked: number[] = [];
    for (const gram of grams)
      for (const at of namesByTrigram.get(gram) ?? []) {
        if (nameSeen[at]) continue;
        nameSeen[at] = 1;
        looked.push(at);
        const { distinct, need } = names[at] as IndexedName;
        let shared = 0;
        for (let i = 0; i < distinct.length; i++) shared += held[distinct[i] as number] as number;
        if (shared >= need) candidates.push(at);
      }
    for (const at of looked) nameSeen[at] = 0;
    for (const at of candidates) {
      const { actorId, name, ids } = names[at] as IndexedName;
      if (name.length <= 1) continue;
      const exact = padded.includes(` ${name} `);
      // wordSimilarity(name, normalized), from trigrams made once.
      if (!exact && !(name.length >= 6 && trigramSimilarity(ids, questionTrigrams) >= 0.6))
        continue;
      lift.set(actorId, Math.max(lift.get(actorId) ?? 0, exact ? 1 : 3));
    }
  }
  for (const id of questionTrigrams) held[id] = 0;
  const words = lexemes.map((l) => l.lexeme);
  const sortedWords = [...words].sort();
  const allowed = within ? new Set(within) : undefined;
  const who = /^(who|whom|whose) /.test(normalized);
  const when = /^when /.test(normalized);
  // Each matched claim's upper bound on its score (`hi` below), from its postings alone: its
  // coverage exactly, the actor lift, and the similarity (≤ 1) and focus at their caps. Claims
  // share few distinct bounds, so they are grouped by bound, not sorted.
  // Per group, each claim with its coverage and lift from the walk: the same sums, in the same
  // order, as scoring them afresh would give.
  const groups = new Map<number, { claims: IndexedClaim[]; covered: number[]; tenths: number[] }>();
  const questionSize = lexemes.length;
  for (const index of collections) {
    const { covered, terms, tenths, seen, touched } = index.scratch;
    let count = 0;
    // In the question's word order, as the exact coverage below sums them.
    for (const { lexeme, idf } of lexemes) {
      const postings = index.byLexeme.get(lexeme);
      if (!postings) continue;
      const { positions, weights } = postings;
      const termsOf = postings.terms;
      for (let i = 0; i < positions.length; i++) {
        const at = positions[i] as number;
        if (!seen[at]) {
          seen[at] = 1;
          touched[count++] = at;
        }
        covered[at] = (covered[at] as number) + idf * (weights[i] as number);
        terms[at] = (terms[at] as number) + (termsOf[i] as number);
      }
    }
    const touch = (at: number) => {
      if (!seen[at]) {
        seen[at] = 1;
        touched[count++] = at;
      }
    };
    for (const lexeme of near)
      for (const claim of index.byLexeme.get(lexeme)?.claims ?? []) touch(claim.position);
    for (const [actor, lifted] of lift)
      for (const claim of index.byActor.get(actor) ?? []) {
        touch(claim.position);
        tenths[claim.position] = (tenths[claim.position] as number) + lifted;
      }
    // Claims grouped in the order first matched: the result does not depend on it (ties are
    // broken by id below).
    for (let i = 0; i < count; i++) {
      const at = touched[i] as number;
      const claim = index.claims[at] as IndexedClaim;
      const claimCovered = covered[at] as number;
      const claimTerms = terms[at] as number;
      const claimTenths = tenths[at] as number;
      seen[at] = 0;
      covered[at] = 0;
      terms[at] = 0;
      tenths[at] = 0;
      if (allowed && !allowed.has(claim.id)) continue;
      // 0.1 × ts_rank averages the question's lexemes' terms (rankOr): at most their sum over
      // its size, with a margin far above float4's rounding; rounded up to a thousandth so
      // that claims share few distinct bounds. Never above the claim's own cap.
      const focus = Math.min(
        claim.focusCap,
        Math.ceil(
          ((0.1 * claimTerms * (1 + 1e-4)) / Math.max(questionSize, 1) / claim.divisor + 1e-9) *
            1000,
        ) / 1000,
      );
      const best =
        claimCovered / weight +
        claimTenths / 10 +
        (who && claim.person ? 0.15 : 0) +
        (when && claim.dated ? 0.15 : 0) +
        0.1 +
        focus;
      // A margin far above the rounding of the exact sums below.
      const bound = best * (claim.offTopic ? 0.5 : 1) * (claim.deprecated ? 0.7 : 1) + 1e-9;
      const group = groups.get(bound);
      if (group) {
        group.claims.push(claim);
        group.covered.push(claimCovered);
        group.tenths.push(claimTenths);
      } else groups.set(bound, { claims: [claim], covered: [claimCovered], tenths: [claimTenths] });
    }
  }
  interface Bounded {
    claim: IndexedClaim;
    base: number;
    focus: number;
    factor: number;
    lo: number;
    hi: number;
  }
  const bounded: Bounded[] = [];
  // The result depends only on the `keep` greatest lo (floor and first below) and on the claims
  // whose hi reaches the limit-th greatest lo: once `keep` claims have a lo above the next
  // group's bound, no claim left can be among them or be placed, so they are skipped.
  const keep = Math.max(limit, EXACT_TOP, 1);
  const greatest = new MinHeap();
  for (const bound of [...groups.keys()].sort((x, y) => y - x)) {
    if (greatest.size >= keep && greatest.min() > bound) break;
    const group = groups.get(bound) as NonNullable<ReturnType<typeof groups.get>>;
    for (let i = 0; i < group.claims.length; i++) {
      const claim = group.claims[i] as IndexedClaim;
      const covered = group.covered[i] as number;
      // Each distinct actor once, as the SQL's lift does (summed in the walk).
      const tenths = group.tenths[i] as number;
      const base =
        covered / weight +
        tenths / 10 +
        (who && claim.person ? 0.15 : 0) +
        (when && claim.dated ? 0.15 : 0);
      const focus = 0.1 * rankOr(claim.vector, claim.divisor, sortedWords);
      const off = claim.offTopic ? 0.5 : 1;
      const deprecated = claim.deprecated ? 0.7 : 1;
      const factor = off * deprecated;
      // Multiplied one factor after the other, as the SQL does (the last bit can differ).
      const lo = (base + focus) * off * deprecated;
      // hi, the similarity at its bound, is set below for the claims that can be placed.
      bounded.push({ claim, base, focus, factor, lo, hi: Number.POSITIVE_INFINITY });
      greatest.push(lo, keep);
    }
  }
  // Both similarities depend on the claim's text only, and only on its pattern of trigrams.
  const memo = new SimilarityMemo(questionTrigrams);
  const byLoDesc = bounded.map((b) => b.lo).sort((x, y) => y - x);
  const floor = byLoDesc[Math.max(limit - 1, 0)] ?? Number.NEGATIVE_INFINITY;
  for (const b of bounded) {
    // hi is below the floor whatever the similarity (≤ 1): the claim is not placed, hi unused.
    if ((b.base + 0.1 + b.focus) * b.factor + 1e-9 < floor) {
      b.hi = Number.NEGATIVE_INFINITY;
      continue;
    }
    const shared = memo.shared(b.claim.trigramIds) / Math.max(grams.size, 1);
    const off = b.claim.offTopic ? 0.5 : 1;
    const deprecated = b.claim.deprecated ? 0.7 : 1;
    b.hi = (b.base + 0.1 * shared + b.focus) * off * deprecated;
  }
  const first = byLoDesc[EXACT_TOP - 1] ?? Number.NEGATIVE_INFINITY;
  const placed = bounded
    .filter((b) => b.hi >= floor)
    .sort((x, y) => x.lo - y.lo || compareCodePoints(x.claim.id, y.claim.id));
  // Running max of hi before each, min of lo after each (the SQL's two windows).
  const maxBefore: number[] = [];
  let running = Number.NEGATIVE_INFINITY;
  for (const b of placed) {
    maxBefore.push(running);
    running = Math.max(running, b.hi);
  }
  const minAfter: number[] = new Array(placed.length);
  running = Number.POSITIVE_INFINITY;
  for (let i = placed.length - 1; i >= 0; i--) {
    minAfter[i] = running;
    running = Math.min(running, (placed[i] as Bounded).lo);
  }
  const hits = placed.map((b, i) => {
    const exact =
      b.hi >= first && ((maxBefore[i] as number) >= b.lo || (minAfter[i] as number) <= b.hi);
    let score = b.lo + 0.7 * (b.hi - b.lo);
    if (exact) {
      const similarity = memo.similarity(b.claim.trigramIds);
      score = (b.base + 0.1 * similarity + b.focus) * b.factor;
    }
    return { id: b.claim.id, score };
  });
  hits.sort((x, y) => y.score - x.score || compareCodePoints(x.id, y.id));
  return hits.slice(0, limit);
}

/** Scratch by trigram id: 1 for a question's trigrams (questionMarks), 0 otherwise. */
let marks = new Uint8Array(1024);

/** `marks` with the question's trigrams set; the caller clears them after use. */
function questionMarks(question: Int32Array): Uint8Array {
  if (marks.length < internedTrigrams()) marks = new Uint8Array(internedTrigrams() * 2);
  for (const id of question) marks[id] = 1;
  return marks;
}

/** The greatest numbers pushed so far, up to a count: a binary min-heap. */
class MinHeap {
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  min(): number {
    return this.items[0] ?? Number.NEGATIVE_INFINITY;
  }
  /** Adds `value`, dropping the least when more than `count` are held. */
  push(value: number, count: number): void {
    const items = this.items;
    if (items.length >= count) {
      if (value <= (items[0] as number)) return;
      items[0] = value;
      this.down(0);
      return;
    }
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as number) <= (items[i] as number)) break;
      [items[parent], items[i]] = [items[i] as number, items[parent] as number];
      i = parent;
    }
  }
  private down(i: number): void {
    const items = this.items;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < items.length && (items[left] as number) < (items[least] as number)) least = left;
      if (right < items.length && (items[right] as number) < (items[least] as number))
        least = right;
      if (least === i) return;
      [items[least], items[i]] = [items[i] as number, items[least] as number];
      i = least;
    }
  }
}

/** The index held for a collection, if loaded (tests: which collections a change reloaded). */
export function heldSearchIndex(prisma: Db, collectionId: string): object | undefined {
  return indexes.get(prisma)?.collections.get(collectionId)?.index;
}

/**
 * How the index held for a collection was made: loaded whole, or patched and which claims and
 * actors it read again (tests: that a change took the incremental path).
 */
export function searchIndexOrigin(prisma: Db, collectionId: string): SearchIndexOrigin | undefined {
  return indexes.get(prisma)?.collections.get(collectionId)?.index?.origin;
}

/** Resolves once every collection index this client has started loading is loaded (benches, tests). */
export async function searchIndexesLoaded(prisma: Db): Promise<void> {
  const state = indexes.get(prisma);
  if (state) await Promise.all([...state.collections.values()].map((entry) => entry.loading));
}
