-- Change notifications name the collections a statement touched, so that a node reloads only
-- what those collections hold (the search index): the payload is "<table>:<id>,<id>…" for the
-- tables whose rows belong to a collection, directly or through their parent (a claim's evidence
-- and disputes, an actor's aliases and relations, a source's noise regions). It stays "<table>"
-- alone, meaning "anything may have changed", where that cannot be told: TRUNCATE, tables of no
-- collection (Predicate, question sets), a payload that would be too long for NOTIFY, or an id
-- with a comma. A row whose parent is gone was deleted with it, and the parent's own
-- notification names its collection. Claims name actors of their own collection only, and a
-- relation or dispute joins two of one collection (the API refuses others), so an actor's
-- collection is the one whose claims it can change, and one side of a pair names it.
--
-- Statement-level triggers with transition tables: PostgreSQL allows those for one event each,
-- so every table of a collection gets four triggers in place of the one of knowledge_changes.
CREATE OR REPLACE FUNCTION "attest_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rows_query text := CASE TG_TABLE_NAME
    WHEN 'Collection' THEN 'SELECT id FROM %I'
    WHEN 'CollectionCurator' THEN 'SELECT "collectionId" FROM %I'
    WHEN 'Source' THEN 'SELECT "collectionId" FROM %I'
    WHEN 'Actor' THEN 'SELECT "collectionId" FROM %I'
    WHEN 'Claim' THEN 'SELECT "collectionId" FROM %I'
    WHEN 'NoiseRegion' THEN 'SELECT p."collectionId" FROM %I r JOIN "Source" p ON p.id = r."sourceId"'
    WHEN 'ActorAlias' THEN 'SELECT p."collectionId" FROM %I r JOIN "Actor" p ON p.id = r."actorId"'
    WHEN 'ActorRelation' THEN 'SELECT p."collectionId" FROM %I r JOIN "Actor" p ON p.id = r."subjectId"'
    WHEN 'Evidence' THEN 'SELECT p."collectionId" FROM %I r JOIN "Claim" p ON p.id = r."claimId"'
    WHEN 'Dispute' THEN 'SELECT p."collectionId" FROM %I r JOIN "Claim" p ON p.id = r."firstId"'
  END;
  query text;
  ids text;
  comma boolean;
BEGIN
  IF rows_query IS NULL OR TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('attest_changes', TG_TABLE_NAME);
    RETURN NULL;
  END IF;
  query := CASE TG_OP
    WHEN 'INSERT' THEN format(rows_query, 'attest_new')
    WHEN 'DELETE' THEN format(rows_query, 'attest_old')
    ELSE format(rows_query, 'attest_new') || ' UNION ' || format(rows_query, 'attest_old')
  END;
  EXECUTE 'SELECT coalesce(bool_or(id LIKE ''%,%''), false), string_agg(DISTINCT id, '','') '
    || 'FROM (' || query || ') ids(id)' INTO comma, ids;
  IF comma OR length(ids) > 7000 THEN
    PERFORM pg_notify('attest_changes', TG_TABLE_NAME);
  ELSIF ids IS NOT NULL THEN
    -- (None: no row changed, or only rows whose parent went with them.)
    PERFORM pg_notify('attest_changes', TG_TABLE_NAME || ':' || ids);
  END IF;
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Collection', 'CollectionCurator', 'Source', 'NoiseRegion', 'Actor', 'ActorAlias',
    'ActorRelation', 'Claim', 'Evidence', 'Dispute'
  ] LOOP
    EXECUTE format('DROP TRIGGER "attest_notify_change" ON %I', t);
    EXECUTE format(
      'CREATE TRIGGER "attest_notify_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS attest_new '
      'FOR EACH STATEMENT EXECUTE FUNCTION "attest_notify_change"()', t);
    EXECUTE format(
      'CREATE TRIGGER "attest_notify_update" AFTER UPDATE ON %I '
      'REFERENCING OLD TABLE AS attest_old NEW TABLE AS attest_new '
      'FOR EACH STATEMENT EXECUTE FUNCTION "attest_notify_change"()', t);
    EXECUTE format(
      'CREATE TRIGGER "attest_notify_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS attest_old '
      'FOR EACH STATEMENT EXECUTE FUNCTION "attest_notify_change"()', t);
    EXECUTE format(
      'CREATE TRIGGER "attest_notify_truncate" AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION "attest_notify_change"()', t);
  END LOOP;
END;
$$;
