import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { addSource, createCollection, passageIn } from './collection-helpers.ts';
import { codes, gqlAs, openTestApi, type TestApi } from './harness.ts';

// The review's own writes: a curator's kept decisions on drafts, a claim's background flag and
// a suggested corroboration's new evidence; each for owner and curator only, nothing written
// on a refusal.
const mini = loadKnowledgeBase(miniKnowledgeBaseDir);
const TEXT =
  'Zembla has been a member of the Northern League since 1999. ' +
  'A second report says Zembla is a member of the Northern League.';
const passage = (quote: string) => passageIn(TEXT, quote);

const SAVE = `mutation ($c: ID!, $s: ID!, $key: String!, $dismissed: Boolean!, $edits: String) {
  saveDraftDecision(collection: $c, source: $s, key: $key, dismissed: $dismissed, edits: $edits) {
    key dismissed edits } }`;
const LIST = `query ($s: ID!) { node(id: $s) { ... on Source { draftDecisions { key dismissed edits } } } }`;
type Listed = {
  node: { draftDecisions: { key: string; dismissed: boolean; edits: string | null }[] | null };
};
const ADD_EVIDENCE = `mutation ($c: ID!, $claim: ID!, $e: [PassageInput!]!) {
  addEvidence(collection: $c, claim: $claim, evidence: $e) { id evidence { quote } } }`;

describe.each(['pglite', 'postgres'] as const)('the review’s kept decisions on %s', (kind) => {
  let t: TestApi;
  let owner: { cookie: string };
  let curator: { cookie: string };
  let stranger: { cookie: string };
  let collection = '';
  let source = '';
  let claim = '';
  let zembla = '';
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    owner = await signUp(t, 'owner');
    curator = await signUp(t, 'curator');
    stranger = await signUp(t, 'stranger');
    collection = await createCollection(t, owner.cookie, { name: 'Zembla', slug: 'zembla-review' });
    const email = await gqlAs<{ viewer: { email: string } }>(
      t,
      curator.cookie,
      '{ viewer { email } }',
    );
    await gqlAs(
      t,
      owner.cookie,
      'mutation ($c: ID!, $e: String!) { addCurator(collection: $c, email: $e) { id } }',
      {
        c: collection,
        e: email.data?.viewer.email,
      },
    );
    source = await addSource(t, owner.cookie, collection, { text: TEXT, title: 'Zembla' });
    const actor = (name: string, kind: string) =>
      gqlAs<{ createActor: { id: string } }>(
        t,
        owner.cookie,
        'mutation ($c: ID!, $input: ActorInput!) { createActor(collection: $c, input: $input) { id } }',
        { c: collection, input: { name, kind } },
      );
    zembla = (await actor('Zembla', 'COUNTRY')).data?.createActor.id ?? '';
    const league = (await actor('Northern League', 'ALLIANCE')).data?.createActor.id ?? '';
    const made2 = await gqlAs<{ createClaim: { id: string; background: boolean } }>(
      t,
      owner.cookie,
      'mutation ($c: ID!, $input: ClaimInput!) { createClaim(collection: $c, input: $input) { id background } }',
      {
        c: collection,
        input: {
          subject: zembla,
          predicate: 'member_of',
          object: league,
          background: true,
          evidence: [
            { source, ...passage('Zembla has been a member of the Northern League since 1999') },
          ],
        },
      },
    );
    expect(made2.errors).toBeUndefined();
    expect(made2.data?.createClaim.background).toBe(true);
    claim = made2.data?.createClaim.id ?? '';
  });
  afterAll(() => t.close());

  it('keeps decisions for owner and curator, replacing one per key', async () => {
    const first = await gqlAs(t, owner.cookie, SAVE, {
      c: collection,
      s: source,
      key: 'claim:member_of@0-10',
      dismissed: true,
    });
    expect(first.errors).toBeUndefined();
    const edit = await gqlAs(t, curator.cookie, SAVE, {
      c: collection,
      s: source,
      key: 'actor:zembla',
      dismissed: false,
      edits: JSON.stringify({ name: '<script>x</script>', kind: 'PLACE' }),
    });
    expect(edit.errors).toBeUndefined();
    const again = await gqlAs(t, curator.cookie, SAVE, {
      c: collection,
      s: source,
      key: 'claim:member_of@0-10',
      dismissed: false,
    });
    expect(again.errors).toBeUndefined();
    const list = await gqlAs<Listed>(t, curator.cookie, LIST, { s: source });
    expect(list.data?.node.draftDecisions).toEqual([
      {
        key: 'actor:zembla',
        dismissed: false,
        edits: '{"kind":"PLACE","name":"<script>x</script>"}',
      },
      { key: 'claim:member_of@0-10', dismissed: false, edits: null },
    ]);
  });

  it('refuses strangers, the signed out and bad input, writing nothing', async () => {
    const before = await gqlAs<Listed>(t, owner.cookie, LIST, { s: source });
    const vars = { c: collection, s: source, key: 'claim:x', dismissed: true };
    expect(codes(await gqlAs(t, stranger.cookie, SAVE, vars))).toEqual(['NOT_FOUND']);
    expect(codes(await gqlAs(t, null, SAVE, vars))).toEqual(['UNAUTHENTICATED']);
    // The source's collection is private: to others the source is not there at all.
    expect(codes(await gqlAs(t, stranger.cookie, LIST, { s: source }))).toEqual(['NOT_FOUND']);
    expect(codes(await gqlAs(t, null, LIST, { s: source }))).toEqual(['NOT_FOUND']);
    const notJson = await gqlAs(t, owner.cookie, SAVE, { ...vars, edits: '{oops' });
    expect(codes(notJson)).toEqual(['BAD_USER_INPUT']);
    expect(notJson.errors?.[0]?.message).toContain('"edits" is not JSON');
    // Escapes JSON allows but the database cannot store.
    for (const edits of ['{"a":"\\u0000"}', '{"a":"\\ud800"}', '{"\\u0000":1}']) {
      const unstorable = await gqlAs(t, owner.cookie, SAVE, { ...vars, edits });
      expect(codes(unstorable), edits).toEqual(['BAD_USER_INPUT']);
    }
    const list = await gqlAs(t, owner.cookie, SAVE, { ...vars, edits: '[1]' });
    expect(list.errors?.[0]?.message).toContain('must be a JSON object');
    const blank = await gqlAs(t, owner.cookie, SAVE, { ...vars, key: '  ' });
    expect(blank.errors?.[0]?.message).toContain('draft key cannot be blank');
    const otherSource = await gqlAs(t, owner.cookie, SAVE, { ...vars, s: collection });
    expect(codes(otherSource)).not.toEqual([]);
    const after = await gqlAs<Listed>(t, owner.cookie, LIST, { s: source });
    expect(after.data?.node.draftDecisions).toEqual(before.data?.node.draftDecisions);
    // Long edits reach the domain's own cap (past the API's general 1,000 characters).
    const long = JSON.stringify({ statement: 'x'.repeat(1500) });
    const longOk = await gqlAs(t, owner.cookie, SAVE, { ...vars, key: 'long', edits: long });
    expect(longOk.errors).toBeUndefined();
    const tooLong = JSON.stringify({ statement: 'x'.repeat(6000) });
    expect(codes(await gqlAs(t, owner.cookie, SAVE, { ...vars, edits: tooLong }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('adds a corroborating passage to a claim once, for editors only', async () => {
    const second = passage('Zembla is a member of the Northern League');
    const refused = await gqlAs(t, stranger.cookie, ADD_EVIDENCE, {
      c: collection,
      claim,
      e: [{ source, ...second }],
    });
    expect(codes(refused)).toEqual(['NOT_FOUND']);
    const bad = await gqlAs(t, owner.cookie, ADD_EVIDENCE, {
      c: collection,
      claim,
      e: [{ source, start: 3, end: 100000 }],
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const read = () =>
      gqlAs<{ node: { evidence: { quote: string }[] } }>(
        t,
        owner.cookie,
        'query ($id: ID!) { node(id: $id) { ... on Claim { evidence { quote } } } }',
        { id: claim },
      );
    expect((await read()).data?.node.evidence).toHaveLength(1);
    const ok = await gqlAs(t, curator.cookie, ADD_EVIDENCE, {
      c: collection,
      claim,
      e: [{ source, ...second }],
    });
    expect(ok.errors).toBeUndefined();
    expect((await read()).data?.node.evidence.map((e) => e.quote)).toContain(
      'Zembla is a member of the Northern League',
    );
    const twice = await gqlAs(t, curator.cookie, ADD_EVIDENCE, {
      c: collection,
      claim,
      e: [{ source, ...second }],
    });
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect((await read()).data?.node.evidence).toHaveLength(2);
    // Like every change, it is in the history and can be reverted.
    const history = await gqlAs<{
      collection: { history: { edges: { node: { id: string; summary: string } }[] } };
    }>(
      t,
      owner.cookie,
      '{ collection(slug: "zembla-review") { history(first: 1) { edges { node { id summary } } } } }',
    );
    const last = history.data?.collection.history.edges[0]?.node;
    expect(last?.summary).toContain('Added evidence to the claim');
    const reverted = await gqlAs(
      t,
      owner.cookie,
      'mutation ($c: ID!, $change: ID!) { revertChange(collection: $c, change: $change) { id } }',
      { c: collection, change: last?.id },
    );
    expect(reverted.errors).toBeUndefined();
    expect((await read()).data?.node.evidence).toHaveLength(1);
  });

  it('lets a curator clear the background flag, and a stranger not set it', async () => {
    const input = {
      subject: zembla,
      predicate: 'member_of',
      value: null,
      object: null,
      evidence: [
        { source, ...passage('Zembla has been a member of the Northern League since 1999') },
      ],
    };
    const league = await gqlAs<{ node: { object: { id: string } } }>(
      t,
      owner.cookie,
      'query ($id: ID!) { node(id: $id) { ... on Claim { object { id } } } }',
      { id: claim },
    );
    const UPDATE = `mutation ($c: ID!, $id: ID!, $input: ClaimInput!) {
      updateClaim(collection: $c, id: $id, input: $input) { background } }`;
    const full = { ...input, object: league.data?.node.object.id };
    const refused = await gqlAs(t, stranger.cookie, UPDATE, {
      c: collection,
      id: claim,
      input: { ...full, background: false },
    });
    expect(codes(refused)).toEqual(['NOT_FOUND']);
    const cleared = await gqlAs<{ updateClaim: { background: boolean } }>(
      t,
      curator.cookie,
      UPDATE,
      { c: collection, id: claim, input: { ...full, background: false } },
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data?.updateClaim.background).toBe(false);
  });
});
