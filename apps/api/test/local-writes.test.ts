import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { addSource, createCollection, passageIn } from './collection-helpers.ts';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);
const TEXT =
  'Zembla has been a member of the Northern League since 1999. ' +
  'Borogravia joined the Northern League in 2004. Ruritania left the Northern League in 2010.';
const passage = (quote: string) => passageIn(TEXT, quote);
const CREATE_ACTOR = `mutation ($c: ID!, $input: ActorInput!) { createActor(collection: $c, input: $input) { id } }`;
const CREATE_CLAIM = `mutation ($c: ID!, $input: ClaimInput!) { createClaim(collection: $c, input: $input) { id } }`;
const QUIZ = `query ($c: ID, $claims: [ID!]) {
  generateQuestions(input: { collection: $c, claims: $claims, count: 5 }) { id claims { id } } }`;

type Quiz = { generateQuestions: { id: string; claims: { id: string }[] }[] };

/**
 * A curator's write through this node is quizzed at once by the next request, which reads only
 * the rows the write's notifications named: it waits for them to be heard (Database.heardUpToNow)
 * instead of fingerprinting the collection and comparing every row's version.
 */
describe.each(['pglite', 'postgres'] as const)('a write through this node on %s', (kind) => {
  let t: TestApi;
  let owner: { cookie: string };
  let collection: string;
  let source: string;
  const actors: Record<string, string> = {};
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    owner = await signUp(t, 'owner');
    collection = await createCollection(t, owner.cookie, { name: 'Zembla' });
    source = await addSource(t, owner.cookie, collection, { text: TEXT });
    for (const [name, kind] of [
      ['Zembla', 'COUNTRY'],
      ['Borogravia', 'COUNTRY'],
      ['Ruritania', 'COUNTRY'],
      ['Northern League', 'ALLIANCE'],
    ] as const) {
      const made = await gqlAs<{ createActor: { id: string } }>(t, owner.cookie, CREATE_ACTOR, {
        c: collection,
        input: { name, kind },
      });
      actors[name] = made.data?.createActor.id ?? '';
    }
  });
  afterAll(() => t.close());

  const createClaim = async (subject: string, predicate: string, quote: string) => {
    const made = await gqlAs<{ createClaim: { id: string } }>(t, owner.cookie, CREATE_CLAIM, {
      c: collection,
      input: {
        subject: actors[subject],
        predicate,
        object: actors['Northern League'],
        evidence: [{ source, ...passage(quote) }],
      },
    });
    expect(made.errors).toBeUndefined();
    return made.data?.createClaim.id ?? '';
  };
  const quiz = (claims?: string[]) => gqlAs<Quiz>(t, owner.cookie, QUIZ, { c: collection, claims });

  it('is quizzed by the very next request, which reads only the rows it wrote', async () => {
    await createClaim('Zembla', 'member_of', 'Zembla has been a member of the Northern League');
    // The collection's knowledge base is cached, and every notification so far heard.
    await vi.waitFor(async () => {
      expect((await quiz()).data?.generateQuestions.length).toBeGreaterThan(0);
      t.statements.length = 0;
      await quiz();
      expect(t.statements.filter((sql) => sql.includes('xmin'))).toEqual([]);
    });
    for (const [subject, quote] of [
      ['Borogravia', 'Borogravia joined the Northern League'],
      ['Ruritania', 'Ruritania left the Northern League'],
    ] as const) {
      const id = await createClaim(subject, 'member_of', quote);
      t.statements.length = 0;
      const asked = await quiz([id]);
      expect(asked.errors).toBeUndefined();
      expect(asked.data?.generateQuestions.length).toBeGreaterThan(0);
      expect(asked.data?.generateQuestions.every((q) => q.claims.some((c) => c.id === id))).toBe(
        true,
      );
      // No fingerprint; the versions read are the named rows' only.
      expect(t.statements.some((sql) => sql.includes('AS fingerprint'))).toBe(false);
      const versionScans = t.statements.filter((sql) => sql.includes('xmin'));
      expect(versionScans.length).toBeGreaterThan(0);
      expect(versionScans.every((sql) => sql.includes('ANY('))).toBe(true);
    }
  });
});
