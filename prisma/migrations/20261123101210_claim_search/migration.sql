-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_searchText_idx" ON "Claim" USING GIN ("searchText" gin_trgm_ops);

-- Search functions (hand-written: Prisma's schema does not model functions).

-- Lower case, no diacritics, apostrophes dropped, other punctuation as spaces: the same folding
-- as normalizeName() in @attest/knowledge, so "Billström" and "Billstrom" meet.
CREATE OR REPLACE FUNCTION attest_normalize(input text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    regexp_replace(lower(unaccent(coalesce(input, ''))), '[’''`]', '', 'g'),
    '[^[:alnum:]]+', ' ', 'g'))
$$;

-- Rebuilds the search document of the given claims (all claims when NULL). Call it after any
-- change to claims, their actors' names or aliases, predicates or evidence.
CREATE OR REPLACE FUNCTION attest_refresh_claim_search(claim_ids text[] DEFAULT NULL) RETURNS void
LANGUAGE sql AS $$
  WITH names AS (
    SELECT a.id,
      concat_ws(' ', a.name, string_agg(al.name, ' ' ORDER BY al.name)) AS words,
      concat_ws(' ', a.kind::text, a.description) AS about
    FROM "Actor" a LEFT JOIN "ActorAlias" al ON al."actorId" = a.id
    GROUP BY a.id
  ), quotes AS (
    SELECT "claimId" AS id, string_agg(quote, ' ' ORDER BY "sourceId", start) AS words
    FROM "Evidence" GROUP BY "claimId"
  ), doc AS (
    SELECT c.id,
      concat_ws(' ', c.statement, p.label, s.words, o.words, sp.words, pl.words) AS a_words,
      concat_ws(' ', c."valueText", s.about, o.about, sp.about) AS b_words,
      coalesce(q.words, '') AS c_words,
      p.description AS d_words
    FROM "Claim" c
    JOIN "Predicate" p ON p.id = c."predicateId"
    JOIN names s ON s.id = c."subjectId"
    LEFT JOIN names o ON o.id = c."objectId"
    LEFT JOIN names sp ON sp.id = c."speakerId"
    LEFT JOIN names pl ON pl.id = c."placeId"
    LEFT JOIN quotes q ON q.id = c.id
    WHERE claim_ids IS NULL OR c.id = ANY (claim_ids)
  )
  UPDATE "Claim" c SET
    "searchVector" =
      setweight(to_tsvector('english', unaccent(d.a_words)), 'A') ||
      setweight(to_tsvector('english', unaccent(d.b_words)), 'B') ||
      setweight(to_tsvector('english', unaccent(d.c_words)), 'C') ||
      setweight(to_tsvector('english', unaccent(d.d_words)), 'D'),
    "searchText" = attest_normalize(concat_ws(' ', d.a_words, d.b_words))
  FROM doc d
  WHERE d.id = c.id
$$;
