-- Change notifications also name the rows of the knowledge base a statement wrote, so that a node
-- reads those rows again and nothing else (no version scan of every row): the payload becomes
-- "<table>:<collection ids>|<keys>", the keys being the ids of the sources, actors or claims
-- written, directly or through their child rows (a noise region names its source, an alias its
-- actor, evidence its claim). Relations and disputes, read whole, name none. Without "|<keys>"
-- any row of the named collections may have changed: the keys would make the payload too long
-- for NOTIFY, or an id holds "," or "|". Everything else is as in change_collections.
CREATE OR REPLACE FUNCTION "attest_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rows_query text := CASE TG_TABLE_NAME
    WHEN 'Collection' THEN 'SELECT id, NULL FROM %I'
    WHEN 'CollectionCurator' THEN 'SELECT "collectionId", NULL FROM %I'
    WHEN 'Source' THEN 'SELECT "collectionId", id FROM %I'
    WHEN 'Actor' THEN 'SELECT "collectionId", id FROM %I'
    WHEN 'Claim' THEN 'SELECT "collectionId", id FROM %I'
    WHEN 'NoiseRegion' THEN 'SELECT p."collectionId", p.id FROM %I r JOIN "Source" p ON p.id = r."sourceId"'
    WHEN 'ActorAlias' THEN 'SELECT p."collectionId", p.id FROM %I r JOIN "Actor" p ON p.id = r."actorId"'
    WHEN 'ActorRelation' THEN 'SELECT p."collectionId", NULL FROM %I r JOIN "Actor" p ON p.id = r."subjectId"'
    WHEN 'Evidence' THEN 'SELECT p."collectionId", p.id FROM %I r JOIN "Claim" p ON p.id = r."claimId"'
    WHEN 'Dispute' THEN 'SELECT p."collectionId", NULL FROM %I r JOIN "Claim" p ON p.id = r."firstId"'
  END;
  query text;
  ids text;
  keys text;
  comma boolean;
  unsafe_key boolean;
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
  EXECUTE 'SELECT coalesce(bool_or(id LIKE ''%,%''), false), string_agg(DISTINCT id, '',''), '
    || 'coalesce(bool_or(id LIKE ''%|%'' OR key LIKE ''%,%'' OR key LIKE ''%|%''), false), '
    || 'string_agg(DISTINCT key, '','') '
    || 'FROM (' || query || ') ids(id, key)' INTO comma, ids, unsafe_key, keys;
  IF comma OR length(ids) > 7000 THEN
    PERFORM pg_notify('attest_changes', TG_TABLE_NAME);
  ELSIF ids IS NULL THEN
    -- No row changed, or only rows whose parent went with them: nothing to say.
    NULL;
  ELSIF keys IS NOT NULL AND NOT unsafe_key AND length(ids) + length(keys) <= 7000 THEN
    PERFORM pg_notify('attest_changes', TG_TABLE_NAME || ':' || ids || '|' || keys);
  ELSE
    PERFORM pg_notify('attest_changes', TG_TABLE_NAME || ':' || ids);
  END IF;
  RETURN NULL;
END;
$$;
