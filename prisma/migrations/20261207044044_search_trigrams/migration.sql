-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchTrigrams" tsvector;

-- Hand-written (Prisma's schema does not model triggers): the trigrams of a claim's searchText
-- as the lexemes of a tsvector, kept on write. Search counts how many of the question's
-- trigrams a claim holds with ts_delete (a binary search per trigram) instead of splitting
-- the claim's text into trigrams again on every request.
CREATE OR REPLACE FUNCTION attest_claim_search_trigrams() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchTrigrams" := array_to_tsvector(show_trgm(NEW."searchText"));
  RETURN NEW;
END
$$;

UPDATE "Claim" SET "searchTrigrams" = array_to_tsvector(show_trgm("searchText"));

CREATE TRIGGER "Claim_searchTrigrams" BEFORE INSERT OR UPDATE OF "searchText" ON "Claim"
FOR EACH ROW EXECUTE FUNCTION attest_claim_search_trigrams();
