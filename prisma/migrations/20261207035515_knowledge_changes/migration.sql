-- Change notifications: every write to a table that anonymous reads show (the knowledge base,
-- collections, shared question sets) notifies channel `attest_changes` with the table's name, so
-- every API node can drop cached responses, whichever node, seed or raw SQL made the change.
-- Statement-level triggers: one notification per statement (PostgreSQL also folds identical
-- payloads within a transaction, so a seed of thousands of rows sends a handful).
CREATE FUNCTION "attest_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('attest_changes', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Collection', 'CollectionCurator', 'Source', 'NoiseRegion', 'Actor', 'ActorAlias',
    'ActorRelation', 'Predicate', 'Claim', 'Evidence', 'Dispute', 'QuestionSet', 'SetQuestion',
    'SetQuestionClaim'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER "attest_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION "attest_notify_change"()',
      t
    );
  END LOOP;
END;
$$;
