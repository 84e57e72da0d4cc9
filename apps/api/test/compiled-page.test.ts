import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApi, limits } from '../src/index.ts';
import { createLogger } from '../src/logger.ts';
import { signUp } from './attempt-helpers.ts';
import { gqlAs, openTestApi, postAs, type TestApi } from './harness.ts';
import { searchQuestions } from './search-questions.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

/** Whether a statement is the compiled page's (it builds the JSON text in SQL). */
const compiledStatement = (sql: string) => sql.includes(`|| ']' AS edges`);

// A selection of some of the fields a list of claims may ask for, aliased or not, in any order.
const pick = (fields: string[]) =>
  fc
    .subarray(fields, { minLength: 1 })
    .chain((chosen) =>
      fc
        .shuffledSubarray(chosen, { minLength: chosen.length, maxLength: chosen.length })
        .chain((ordered) =>
          fc
            .array(fc.boolean(), { minLength: ordered.length, maxLength: ordered.length })
            .map((aliased) =>
              ordered.map((f, i) => (aliased[i] ? `a${i}_${f.split(' ')[0]}: ${f}` : f)).join(' '),
            ),
        ),
    );
const actor = pick(['id', 'name', 'kind', 'description', '__typename']);
const source = pick(['id', 'title', 'publisher', 'url', 'genre', '__typename']);
const evidence = source.chain((s) =>
  pick(['id', 'quote', 'start', 'end', 'prefix', 'suffix', `source { ${s} }`, '__typename']),
);
const claim = fc
  .tuple(actor, actor, actor, actor, evidence)
  .chain(([subject, object, speaker, place, ev]) =>
    pick([
      'id',
      'key',
      'statement',
      'modality',
      'rank',
      'offTopic',
      '__typename',
      `subject { ${subject} }`,
      `object { ${object} }`,
      `speaker { ${speaker} }`,
      `place { ${place} }`,
      `evidence { ${ev} }`,
    ]),
  );

/** The same database through the schema alone: no compiled reads, no response cache. */
const schemaOnlyApi = (t: TestApi): Pick<TestApi, 'api'> => ({
  api: createApi({
    db: t.db,
    auth: t.auth,
    production: false,
    logger: createLogger({ level: 'warn' }),
    responseCache: false,
    compiledReads: false,
    rateLimits: false,
  }),
});

describe.each(['pglite', 'postgres'] as const)('the compiled claims page on %s', (kind) => {
  let t: TestApi;
  /** The same database through the schema alone (no compiled reads). */
  let schemaOnly: Pick<TestApi, 'api'>;
  let owner: { cookie: string; id: string };
  let hidden: string[];
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini, { responseCache: false });
    schemaOnly = schemaOnlyApi(t);
    // Two claims moved into a private collection: only its owner may read them.
    owner = await signUp(t, 'owner');
    const claims = await t.db.prisma.claim.findMany({ orderBy: { id: 'asc' }, take: 2 });
    hidden = claims.map((c) => c.statement);
    const mine = await t.db.prisma.collection.create({
      data: { slug: 'mine', name: 'Mine', visibility: 'PRIVATE', ownerId: owner.id },
    });
    await t.db.prisma.claim.updateMany({
      where: { id: { in: claims.map((c) => c.id) } },
      data: { collectionId: mine.id },
    });
  });
  afterAll(() => t.close());

  /** The answer's body as sent, and whether the compiled statement served it. */
  const ask = async (
    node: Pick<TestApi, 'api'>,
    query: string,
    variables?: Record<string, unknown>,
    cookie: string | null = null,
  ) => {
    t.statements.length = 0;
    const response = await postAs(node, cookie, query, variables);
    // Byte for byte: the compiled JSON is written as the schema's answer would be serialised.
    return { text: await response.text(), compiled: t.statements.some(compiledStatement) };
  };

  it('answers any selection it knows exactly as the schema does, in one statement', async () => {
    await fc.assert(
      fc.asyncProperty(claim, fc.integer({ min: 1, max: 100 }), async (selection, first) => {
        const query = `query Page($first: Int) { list: claims(first: $first) { items: edges { node { ${selection} } } } }`;
        // Within the API's alias limit, which would refuse the request before either way runs.
        fc.pre((query.match(/\w+:/g) ?? []).length <= limits.aliases);
        const compiled = await ask(t, query, { first });
        expect(compiled.text).not.toContain('"errors"');
        expect(compiled.compiled).toBe(true);
        expect(t.statements).toHaveLength(1);
        const executed = await ask(schemaOnly, query, { first });
        expect(executed.compiled).toBe(false);
        expect(compiled.text).toBe(executed.text);
      }),
      { seed: 18, numRuns: 40 },
    );
  });

  it('answers a search page as the schema does: the same ranking, byte for byte', async () => {
    // Words of the claims and names of the actors, alone and together, and words nothing holds.
    const words = mini.claims.flatMap((c) => c.statement.split(/\s+/).slice(0, 3));
    const question = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...mini.actors.map((a) => a.name)),
      fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map((w) => w.join(' ')),
      fc.constant('zebra quartz'),
    );
    let compiledPages = 0;
    await fc.assert(
      fc.asyncProperty(
        claim,
        fc.integer({ min: 1, max: 30 }),
        question,
        async (selection, first, q) => {
          const query = `query Find($q: String, $first: Int) { found: claims(search: $q, first: $first) { edges { node { ${selection} } } } }`;
          fc.pre((query.match(/\w+:/g) ?? []).length <= limits.aliases);
          const compiled = await ask(t, query, { q, first });
          expect(compiled.text).not.toContain('"errors"');
          const executed = await ask(schemaOnly, query, { q, first });
          expect(executed.compiled).toBe(false);
          expect(compiled.text).toBe(executed.text);
          // A search that finds nothing sends no page statement at all.
          expect(compiled.compiled).toBe(compiled.text.includes('"node"'));
          if (compiled.compiled) compiledPages++;
        },
      ),
      { seed: 19, numRuns: 30 },
    );
    expect(compiledPages).toBeGreaterThan(10);
  });

  it('leaves an empty search and a null one to the schema', async () => {
    for (const q of ['?!', null]) {
      const query =
        'query Find($q: String) { claims(search: $q, first: 3) { edges { node { statement } } } }';
      const answer = await ask(t, query, { q });
      expect(answer.compiled, String(q)).toBe(false);
      expect(answer.text).toBe((await ask(schemaOnly, query, { q })).text);
    }
  });

  it('never shows an anonymous reader a private collection’s claims; its owner reads them through the schema', async () => {
    const query = '{ claims(first: 100) { edges { node { statement } } } }';
    const anonymous = await ask(t, query);
    expect(anonymous.compiled).toBe(true);
    for (const statement of hidden) expect(anonymous.text).not.toContain(statement);
    expect(anonymous.text).toBe((await ask(schemaOnly, query)).text);
    const signedIn = await ask(t, query, undefined, owner.cookie);
    expect(signedIn.compiled).toBe(false);
    for (const statement of hidden) expect(signedIn.text).toContain(statement);
    for (const statement of hidden) {
      const search = `{ claims(search: ${JSON.stringify(statement)}, first: 100) { edges { node { statement } } } }`;
      const found = await ask(t, search);
      expect(found.text).not.toContain(statement);
      expect(found.text).toBe((await ask(schemaOnly, search)).text);
      expect((await ask(t, search, undefined, owner.cookie)).text).toContain(statement);
    }
  });

  it('leaves everything else to the schema, with the same answers and errors', async () => {
    const node = 'statement subject { name }';
    for (const query of [
      `{ claims(first: 2) { totalCount edges { cursor node { ${node} } } pageInfo { hasNextPage } } }`,
      `{ claims(first: 2, disputed: false) { edges { node { ${node} } } } }`,
      `{ claims(first: 2) { edges { node { ...F } } } } fragment F on Claim { ${node} }`,
      `{ claims(first: 2) { edges { node { statement @include(if: false) subject { name } } } } }`,
      `{ claims(first: 2) { edges { node { ${node} disputes { aspect } } } } }`,
      `{ claims(first: 0) { edges { node { ${node} } } } }`,
      `{ claims(first: 101) { edges { node { ${node} } } } }`,
      `{ claims(first: -1) { edges { node { ${node} } } } }`,
      `{ claims { edges { node { ${node} } } } predicates { key } }`,
    ]) {
      const answer = await ask(t, query);
      expect(answer.compiled, query).toBe(false);
      expect(answer.text, query).toBe((await ask(schemaOnly, query)).text);
    }
  });

  it('takes the default page size when `first` is not given, as the schema does', async () => {
    const query = '{ claims { edges { node { key } } } }';
    const answer = await ask(t, query);
    expect(answer.compiled).toBe(true);
    expect(answer.text).toBe((await ask(schemaOnly, query)).text);
  });
});

describe.each(['pglite', 'postgres'] as const)(
  'a compiled search page of the corpus on %s',
  (kind) => {
    const corpus = loadKnowledgeBase();
    let t: TestApi;
    let schemaOnly: Pick<TestApi, 'api'>;
    beforeAll(async () => {
      // Three searches a run: more than a loopback-less client's budget allows in a minute.
      t = await openTestApi(kind, inject('postgresUrl'), corpus, {
        responseCache: false,
        rateLimits: false,
      });
      schemaOnly = schemaOnlyApi(t);
    });
    afterAll(() => t.close());

    // The compiled page ranks only as many claims as it shows, as the schema does without
    // totalCount; with it, the schema ranks every match. Many claims of the corpus score close
    // together: the pages must still be the same.
    it('ranks its first page as the schema does, whatever its size', async () => {
      const question = searchQuestions(corpus);
      const query =
        'query Find($q: String, $first: Int) { claims(search: $q, first: $first) { edges { node { id statement } } } }';
      let compiledPages = 0;
      await fc.assert(
        fc.asyncProperty(question, fc.integer({ min: 1, max: 25 }), async (q, first) => {
          t.statements.length = 0;
          const compiled = await (await postAs(t, null, query, { q, first })).text();
          if (t.statements.some(compiledStatement)) compiledPages++;
          const executed = await (await postAs(schemaOnly, null, query, { q, first })).text();
          expect(compiled).not.toContain('"errors"');
          expect(compiled).toBe(executed);
          const everything = await gqlAs<{ claims: { edges: unknown[] } }>(
            schemaOnly,
            null,
            query.replace('edges {', 'totalCount edges {'),
            { q, first },
          );
          expect(JSON.parse(compiled).data.claims.edges).toEqual(everything.data?.claims.edges);
        }),
        { seed: 20, numRuns: 60 },
      );
      expect(compiledPages).toBeGreaterThan(30);
    });
  },
);
