-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "searchName" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ActorAlias" ADD COLUMN     "searchName" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchA" tsvector,
ADD COLUMN     "searchB" tsvector,
ADD COLUMN     "searchC" tsvector;

-- CreateTable
CREATE TABLE "SearchTerm" (
    "lexeme" TEXT NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("lexeme")
);

-- CreateIndex
CREATE INDEX "SearchTerm_lexeme_trgm_idx" ON "SearchTerm" USING GIN ("lexeme" gin_trgm_ops);

-- Search keeps (hand-written: Prisma's schema does not model triggers or functions).

-- Names folded once, when written, not on every search.
CREATE OR REPLACE FUNCTION attest_fold_search_name() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchName" := attest_normalize(NEW.name);
  RETURN NEW;
END
$$;

UPDATE "Actor" SET "searchName" = attest_normalize(name);
UPDATE "ActorAlias" SET "searchName" = attest_normalize(name);

CREATE TRIGGER "Actor_searchName" BEFORE INSERT OR UPDATE OF name ON "Actor"
FOR EACH ROW EXECUTE FUNCTION attest_fold_search_name();
CREATE TRIGGER "ActorAlias_searchName" BEFORE INSERT OR UPDATE OF name ON "ActorAlias"
FOR EACH ROW EXECUTE FUNCTION attest_fold_search_name();

-- A claim's document split by weight whenever attest_refresh_claim_search() rewrites it.
CREATE OR REPLACE FUNCTION attest_split_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchA" := ts_filter(NEW."searchVector", '{a}');
  NEW."searchB" := ts_filter(NEW."searchVector", '{b}');
  NEW."searchC" := ts_filter(NEW."searchVector", '{c}');
  RETURN NEW;
END
$$;

UPDATE "Claim" SET
  "searchA" = ts_filter("searchVector", '{a}'),
  "searchB" = ts_filter("searchVector", '{b}'),
  "searchC" = ts_filter("searchVector", '{c}');

CREATE TRIGGER "Claim_searchSplit" BEFORE INSERT OR UPDATE OF "searchVector" ON "Claim"
FOR EACH ROW EXECUTE FUNCTION attest_split_search_vector();

-- How many claims hold each word, and (the empty word) how many claims there are: one
-- statement per write, from the rows it changed (transition tables), so counts never drift.
INSERT INTO "SearchTerm" (lexeme, claims)
SELECT lexeme, count(*)::int FROM (
  SELECT '' AS lexeme FROM "Claim"
  UNION ALL
  SELECT unnest(tsvector_to_array("searchVector")) FROM "Claim"
) words
GROUP BY lexeme;

-- Adds (or, negative, removes) claims to the word counts; drops words no claim holds any more.
CREATE OR REPLACE FUNCTION attest_add_search_terms(delta jsonb) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "SearchTerm" (lexeme, claims)
  SELECT key, value::int FROM jsonb_each_text(delta) WHERE value::int <> 0
  ON CONFLICT (lexeme) DO UPDATE SET claims = "SearchTerm".claims + excluded.claims;
  DELETE FROM "SearchTerm" WHERE claims <= 0 AND lexeme IN (SELECT key FROM jsonb_each_text(delta));
$$;

-- Transition tables exist only in the trigger of their own event, hence one branch each.
CREATE OR REPLACE FUNCTION attest_count_search_terms() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  delta jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_object_agg(lexeme, n) INTO delta FROM (
      SELECT lexeme, count(*) AS n FROM (
        SELECT '' AS lexeme FROM new_rows
        UNION ALL
        SELECT unnest(tsvector_to_array("searchVector")) FROM new_rows
      ) words GROUP BY lexeme
    ) counted;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_object_agg(lexeme, -n) INTO delta FROM (
      SELECT lexeme, count(*) AS n FROM (
        SELECT '' AS lexeme FROM old_rows
        UNION ALL
        SELECT unnest(tsvector_to_array("searchVector")) FROM old_rows
      ) words GROUP BY lexeme
    ) counted;
  ELSE
    SELECT jsonb_object_agg(lexeme, n) INTO delta FROM (
      SELECT lexeme, sum(d) AS n FROM (
        SELECT unnest(tsvector_to_array("searchVector")) AS lexeme, 1 AS d FROM new_rows
        UNION ALL
        SELECT unnest(tsvector_to_array("searchVector")), -1 FROM old_rows
      ) words GROUP BY lexeme HAVING sum(d) <> 0
    ) counted;
  END IF;
  IF delta IS NOT NULL THEN
    PERFORM attest_add_search_terms(delta);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Claim_searchTerms_insert" AFTER INSERT ON "Claim"
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION attest_count_search_terms();
CREATE TRIGGER "Claim_searchTerms_update" AFTER UPDATE ON "Claim"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION attest_count_search_terms();
CREATE TRIGGER "Claim_searchTerms_delete" AFTER DELETE ON "Claim"
REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION attest_count_search_terms();
