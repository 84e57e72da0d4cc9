import type { Db } from './db.ts';
import { EXACT_TOP } from './search-head.ts';
import {
  type SearchFreshness,
  searchClaimsInMemory,
  searchIndexesLoaded,
} from './search-memory.ts';

export interface ClaimHit {
  id: string;
  score: number;
}

export interface SearchClaimsOptions {
  /** Only claims whose ids are in this list (other filters, applied first). */
  within?: string[];
  /** Only claims of these collections (all when omitted). */
  collectionIds?: string[];
  limit?: number;
}

const freshness = new WeakMap<Db, () => number | SearchFreshness | undefined>();

/**
 * Lets searchClaims rank this client's searches in memory (src/search-memory.ts) while
 * `freshness()` returns something, holding the claims it loaded per collection until it says
 * that collection changed: a number (every change touches every collection) or a
 * SearchFreshness (the collections each change named). The API passes the knowledge cache's
 * watch (bumped by every heard change to the knowledge tables, undefined while notifications are
 * not heard). Returns the undo function.
 */
export function rankSearchesInMemory(
  prisma: Db,
  generation: () => number | SearchFreshness | undefined,
): () => void {
  freshness.set(prisma, generation);
  return () => {
    if (freshness.get(prisma) === generation) freshness.delete(prisma);
  };
}

/**
 * Loads the search indexes of these collections now (a server's start), so that the first
 * searches rank in memory rather than in SQL while they load (seconds at 100× the corpus). False,
 * having done nothing, when search does not rank in memory now (see rankSearchesInMemory).
 */
export async function warmSearch(prisma: Db, collectionIds: string[]): Promise<boolean> {
  const generation = freshness.get(prisma)?.();
  if (generation === undefined) return false;
  // A search over them starts their loads (it answers nothing meanwhile).
  await searchClaimsInMemory(prisma, 'attest', generation, { collectionIds, limit: 1 });
  await searchIndexesLoaded(prisma);
  return true;
}

/**
 * Claims ranked by relevance to what a person typed, a keyword or a whole question ("Who
 * blocked the Tokyo office?"). No word is required. The score adds up:
 * - coverage: the share of the question's words (after English stop words, stemmed, each
 *   weighted by its rarity among claims, IDF) that the claim matches, each counted once by the
 *   best place it matches: statement, predicate and actor names and aliases (1), value and
 *   actor kinds and descriptions (0.7), evidence quotes (0.4), predicate description (0.2). A
 *   claim that answers every word beats one that repeats a single word, and a rare word beats
 *   "NATO";
 * - actors named in the text by name or alias ("Billstrom", "Beijing"), or closely misspelled
 *   ("Stoltenburg", whose words the claims do not hold): 0.1, or 0.3 when misspelled, for each
 *   the claim is about (subject, object or speaker);
 * - "who" questions: 0.15 when the claim's subject is a person; "when" questions: 0.15 for
 *   a claim whose value is a date;
 * - trigram similarity to the claim's words, for misspellings: up to 0.1;
 * - ts_rank normalized by length, so that among equals the shorter, more focused claim leads.
 * Off-topic and deprecated claims sink. The same SQL runs on PGlite and PostgreSQL.
 *
 * What does not depend on the question is kept on write (migration search_index): names folded
 * ("searchName"), documents split by weight ("searchA/B/C"), and the claims holding each word
 * ("SearchTerm", with a trigram index for misspellings), and each claim's trigrams
 * ("searchTrigrams", migration search_trigrams). A search reads claims only through indexes.
 * The trigram similarity (pg_trgm's word_similarity, about 0.2 ms a claim) is computed only
 * where it decides the first page (EXACT_TOP hits): it is at most the share of the question's
 * trigrams the claim holds, so most claims' places are known from that bound alone. The first
 * page is exactly the ranking with the similarity computed for every claim; further down,
 * near-ties may swap.
 *
 * The API ranks in memory instead (src/search-memory.ts, under rankSearchesInMemory), with the
 * same result; this SQL stays the reference and the fallback.
 *
 * Writes: every claim insert or delete updates the empty word's row in "SearchTerm" (the
 * claims count for IDF), so concurrent claim writes queue on it. They would queue on the rows
 * of common words ("nato") anyway; counting claims per search instead costs a scan of the
 * claims at 100x. Fine for curation rates; shard the count if bulk writers ever run in parallel.
 */
export async function searchClaims(
  prisma: Db,
  text: string,
  options: SearchClaimsOptions = {},
): Promise<ClaimHit[]> {
  const generation = freshness.get(prisma)?.();
  if (generation !== undefined) {
    const hits = await searchClaimsInMemory(prisma, text, generation, options);
    if (hits) return hits;
  }
  return searchClaimsInSql(prisma, text, options);
}

/** The ranking in SQL: always exact, whatever the data; what searchClaimsInMemory reproduces. */
export async function searchClaimsInSql(
  prisma: Db,
  text: string,
  { within, collectionIds, limit = 200 }: SearchClaimsOptions = {},
): Promise<ClaimHit[]> {
  return prisma.$queryRaw<ClaimHit[]>`
    WITH input AS (
      SELECT attest_normalize(${text}) AS normalized
    ), grams AS (
      SELECT show_trgm(input.normalized) AS trigrams FROM input
    ), words AS (
      SELECT DISTINCT lexeme, to_tsquery('simple', quote_literal(lexeme)) AS query
      FROM input, unnest(to_tsvector('english', input.normalized))
    ), lexemes AS (
      -- Rare words tell more than common ones: weight each by its inverse document frequency,
      -- counted on write in "SearchTerm" (the empty word counts all claims).
      SELECT w.lexeme, w.query, coalesce(t.claims, 0) AS claims,
        ln(1 + coalesce((SELECT claims FROM "SearchTerm" WHERE lexeme = ''), 0)::float8
          / (1 + coalesce(t.claims, 0))) AS idf
      FROM words w LEFT JOIN "SearchTerm" t ON t.lexeme = w.lexeme
    ), terms AS (
      SELECT to_tsquery('simple', coalesce(string_agg(quote_literal(lexeme), ' | '), '')) AS query,
        greatest(sum(idf), 1e-9) AS weight
      FROM lexemes
    ), near AS (
      -- pg_trgm, for misspellings: words no claim holds, matched to the claims' closest words
      -- in the word table (trigram index), never to every claim.
      SELECT to_tsquery('simple', coalesce(string_agg(DISTINCT quote_literal(t.lexeme), ' | '), '')) AS query
      FROM lexemes l JOIN "SearchTerm" t ON l.lexeme <% t.lexeme
      WHERE l.claims = 0 AND length(l.lexeme) >= 4 AND t.lexeme <> ''
    ), names AS (
      SELECT id AS "actorId", "searchName" AS name FROM "Actor"
      UNION ALL
      SELECT "actorId", "searchName" FROM "ActorAlias"
    ), named AS (
      -- Exact names are in the claims' words already; misspelled ones are not, so they weigh more.
      SELECT names."actorId",
        max(CASE WHEN (' ' || input.normalized || ' ') LIKE ('% ' || names.name || ' %') THEN 0.1 ELSE 0.3 END) AS lift
      FROM names, input
      WHERE length(names.name) > 1 AND (
        (' ' || input.normalized || ' ') LIKE ('% ' || names.name || ' %')
        OR (length(names.name) >= 6 AND word_similarity(names.name, input.normalized) >= 0.6)
      )
      GROUP BY names."actorId"
    ), matched AS (
      -- Each way in through its own index, so no claim is read that none of them names.
      SELECT c.id FROM "Claim" c, terms WHERE c."searchVector" @@ terms.query
      UNION
      SELECT c.id FROM "Claim" c, near WHERE c."searchVector" @@ near.query
      UNION
      SELECT c.id FROM "Claim" c JOIN named n ON n."actorId" = c."subjectId"
      UNION
      SELECT c.id FROM "Claim" c JOIN named n ON n."actorId" = c."objectId"
      UNION
      SELECT c.id FROM "Claim" c JOIN named n ON n."actorId" = c."speakerId"
    ), candidates AS (
      SELECT c.id, c."searchVector", c."searchText", c."searchTrigrams", c."subjectId", c."offTopic", c.rank, c."valueDate",
        c."searchA" AS a_words, c."searchB" AS b_words, c."searchC" AS c_words,
        (SELECT coalesce(sum(named.lift), 0) FROM named
          WHERE named."actorId" IN (c."subjectId", c."objectId", c."speakerId")) AS actor_lift
      FROM matched JOIN "Claim" c ON c.id = matched.id
      WHERE (${within ?? null}::text[] IS NULL OR c.id = ANY (${within ?? null}::text[]))
        AND (${collectionIds ?? null}::text[] IS NULL
          OR c."collectionId" = ANY (${collectionIds ?? null}::text[]))
    ), coverage AS (
      SELECT c.id, sum(l.idf * CASE
          WHEN c.a_words @@ l.query THEN 1.0
          WHEN c.b_words @@ l.query THEN 0.7
          WHEN c.c_words @@ l.query THEN 0.4
          WHEN c."searchVector" @@ l.query THEN 0.2
          ELSE 0 END) AS covered
      FROM candidates c CROSS JOIN lexemes l
      GROUP BY c.id
    ), scored AS (
      -- Everything but the trigram similarity to the claim's words, which is the costly part,
      -- and its upper bound: the share of the question's trigrams the claim's words hold at all
      -- (pg_trgm's word_similarity is at most that), counted by lookups in "searchTrigrams".
      SELECT c.id, c."searchText",
        coalesce(cov.covered, 0) / terms.weight
          + c.actor_lift
          + CASE WHEN input.normalized ~ '^(who|whom|whose) ' AND subject.kind = 'PERSON' THEN 0.15 ELSE 0 END
          + CASE WHEN input.normalized ~ '^when ' AND c."valueDate" IS NOT NULL THEN 0.15 ELSE 0 END AS base,
        0.1 * ts_rank(c."searchVector", terms.query, 1) AS focus,
        CASE WHEN c."offTopic" THEN 0.5 ELSE 1 END AS off,
        CASE WHEN c.rank = 'DEPRECATED' THEN 0.7 ELSE 1 END AS deprecated,
        coalesce(length(c."searchTrigrams") - length(ts_delete(c."searchTrigrams", grams.trigrams)), 0)::float8
          / greatest(cardinality(grams.trigrams), 1) AS shared
      FROM candidates c
      JOIN "Actor" subject ON subject.id = c."subjectId"
      LEFT JOIN coverage cov ON cov.id = c.id
      CROSS JOIN terms
      CROSS JOIN input
      CROSS JOIN grams
    ), bounded AS (
      -- Each claim's score lies between lo (similarity 0) and hi (similarity at its bound).
      SELECT s.id, s."searchText", s.base, s.focus, s.off * s.deprecated AS factor,
        (s.base + s.focus) * s.off * s.deprecated AS lo,
        (s.base + 0.1 * s.shared + s.focus) * s.off * s.deprecated AS hi
      FROM scored s
    ), floor AS (
      -- A claim whose best case stays below the worst case of \`limit\` others is left out.
      SELECT coalesce((
        SELECT lo FROM bounded ORDER BY lo DESC OFFSET greatest(${limit} - 1, 0) LIMIT 1
      ), '-infinity'::float8) AS score
    ), first AS (
      -- The first page (the API's default size): only claims that can reach it need the exact
      -- similarity; the order further down may differ from it by near-ties.
      SELECT coalesce((
        SELECT lo FROM bounded ORDER BY lo DESC OFFSET ${EXACT_TOP - 1} LIMIT 1
      ), '-infinity'::float8) AS score
    ), placed AS (
      -- Sorted by lo, a claim's range meets another's when an earlier one reaches up to its lo
      -- or a later one starts below its hi. Only then does the exact similarity decide the order.
      SELECT b.*, b.hi >= first.score AND (
          coalesce(max(b.hi) OVER (ORDER BY b.lo, b.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) >= b.lo, false)
          OR coalesce(min(b.lo) OVER (ORDER BY b.lo, b.id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) <= b.hi, false)
        ) AS exact
      FROM bounded b, floor, first WHERE b.hi >= floor.score
    )
    SELECT c.id, (CASE WHEN c.exact
        THEN (c.base + 0.1 * word_similarity(input.normalized, c."searchText") + c.focus) * c.factor
        -- Any score within the claim's range keeps the first page as it is; word_similarity is
        -- typically about 0.7 of its bound.
        ELSE c.lo + 0.7 * (c.hi - c.lo) END)::float8 AS score
    FROM placed c, input
    ORDER BY score DESC, c.id
    LIMIT ${limit}
  `;
}
