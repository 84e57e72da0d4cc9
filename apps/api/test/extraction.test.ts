import type { Db } from '@attest/db';
import { schema } from '@attest/graphql';
import { MAX_TEXT_LENGTH } from '@attest/ingest';
import { loadKnowledgeBase } from '@attest/knowledge';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

const ARTICLE = [
  'Allies want to revive the Tokyo office.',
  '“We have to move forward with a liaison office in Tokyo,” Swedish Foreign Minister Tobias Billström told reporters on Tuesday.',
  'The idea was shot down last year by French President Emmanuel Macron.',
  '“I am not sure Macron will move,” said Camille Grand, a fellow at the European Council on Foreign Relations.',
].join('\n\n');

const EXTRACT = `query ($text: String!, $title: String) {
  extractDrafts(text: $text, title: $title) {
    title
    actors { name kind confidence mentions { start end text } match { id name } }
    quotes { text start end speaker { name match { name } } }
    claims { statement subject { name } predicate object { name } value evidence { quote start end } }
    suggestions { kind knownClaim { statement } }
  }
}`;

interface Span {
  start: number;
  end: number;
}
interface Drafts {
  title: string | null;
  actors: { name: string; match: { name: string } | null; mentions: (Span & { text: string })[] }[];
  quotes: (Span & {
    text: string;
    speaker: { name: string; match: { name: string } | null } | null;
  })[];
  claims: { statement: string; predicate: string; evidence: Span & { quote: string } }[];
  suggestions: { kind: string; knownClaim: { statement: string } | null }[];
}

/** Rows in every table of the database. */
async function rowCounts(prisma: Db): Promise<Record<string, number>> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ n: bigint | number }[]>(
      `SELECT count(*) AS n FROM "${name}"`,
    );
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}

const slice = (text: string, { start, end }: Span) => Array.from(text).slice(start, end).join('');

describe.each(['pglite', 'postgres'] as const)('extractDrafts on %s', (kind) => {
  let t: TestApi;
  beforeAll(async () => {
    // Without the rate limiter, whose counters are the only rows a read may write.
    t = await openTestApi(kind, inject('postgresUrl'), loadKnowledgeBase(), { rateLimits: false });
  });
  afterAll(() => t.close());

  const run = (text: string, title?: string) =>
    gqlAs<{ extractDrafts: Drafts }>(t, null, EXTRACT, { text, title });

  it('writes nothing: every table has the same rows, and no write statement is sent', async () => {
    const before = await rowCounts(t.db.prisma);
    expect(Object.keys(before).length).toBeGreaterThan(5);
    t.statements.length = 0;
    const { errors } = await run(ARTICLE, 'Allies revive the Tokyo office');
    expect(errors).toBeUndefined();
    expect(
      t.statements.filter((s) => /^\s*(INSERT|UPDATE|DELETE|CREATE|ALTER|DROP)\b/i.test(s)),
    ).toEqual([]);
    expect(await rowCounts(t.db.prisma)).toEqual(before);
  });

  it('finds the quotes with their speakers, linked to the knowledge base', async () => {
    const { data } = await run(ARTICLE, 'Allies revive the Tokyo office');
    const drafts = data?.extractDrafts as Drafts;
    expect(drafts.title).toBe('Allies revive the Tokyo office');
    const move = drafts.quotes.find((q) => q.text.startsWith('We have to move forward'));
    expect(move?.speaker).toEqual({
      name: 'Tobias Billström',
      match: { name: 'Tobias Billström' },
    });
    const notSure = drafts.quotes.find((q) => q.text.startsWith('I am not sure'));
    expect(notSure?.speaker?.match?.name).toBe('Camille Grand');
    for (const q of drafts.quotes) expect(slice(ARTICLE, q)).toBe(q.text);
    const macron = drafts.actors.find((a) => a.match?.name === 'Emmanuel Macron');
    expect(macron?.mentions.map((m) => m.text)).toContain('Emmanuel Macron');
  });

  it('gives every claim evidence that is verbatim at its offsets, and relates it to known claims', async () => {
    const { data } = await run(ARTICLE);
    const drafts = data?.extractDrafts as Drafts;
    expect(drafts.claims.some((c) => c.predicate === 'said')).toBe(true);
    for (const c of drafts.claims) expect(slice(ARTICLE, c.evidence)).toBe(c.evidence.quote);
    for (const a of drafts.actors)
      for (const m of a.mentions) expect(slice(ARTICLE, m)).toBe(m.text);
    expect(drafts.suggestions.some((s) => s.kind === 'CORROBORATES' && s.knownClaim)).toBe(true);
  });

  it.each(['', '   \n\t  '])('refuses an empty text (%j) with BAD_USER_INPUT', async (text) => {
    const { data, errors } = await run(text);
    expect(data?.extractDrafts).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/empty/);
  });

  it('refuses a text over the limit with BAD_USER_INPUT, naming the limit', async () => {
    // Over HTTP the 100 kB body limit answers first (413); the schema's own check is for any
    // other caller, so it is run here without the server.
    const result = await graphql({
      schema,
      source: EXTRACT,
      variableValues: { text: 'word '.repeat(MAX_TEXT_LENGTH / 5 + 1) },
      contextValue: { prisma: t.db.prisma, viewer: null },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(String(MAX_TEXT_LENGTH));
  });
});
