import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

describe.each(['pglite', 'postgres'] as const)('SQL statements per operation on %s', (kind) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
  });
  afterAll(() => t.close());

  /** Statements one operation sends, and how many list items it returned. */
  const measure = async (query: string, count: (data: Record<string, never>) => number) => {
    t.statements.length = 0;
    const { data, errors } = await t.gql(query);
    expect(errors).toBeUndefined();
    return { statements: t.statements.length, items: count(data as Record<string, never>) };
  };

  it('claims → evidence → source: the same count for 1 claim and for 4', async () => {
    const query = (n: number) =>
      `{ claims(first: ${n}) { edges { node { statement subject { name } evidence { quote source { title } } } } } }`;
    const edges = (d: { claims: { edges: unknown[] } }) => d.claims.edges.length;
    const one = await measure(query(1), edges as never);
    const all = await measure(query(4), edges as never);
    expect([one.items, all.items]).toEqual([1, 4]);
    expect(all.statements).toBe(one.statements);
  });

  it('actors → claims → evidence → source: the same count for 1 actor and for 6', async () => {
    const query = (n: number) =>
      `{ actors(first: ${n}) { edges { node { name aliases { name } claimsAsSubject(first: 10) { totalCount edges { node { statement evidence { quote source { title } } } } } memberOf { object { name } } } } } }`;
    const edges = (d: { actors: { edges: unknown[] } }) => d.actors.edges.length;
    const one = await measure(query(1), edges as never);
    const all = await measure(query(6), edges as never);
    expect([one.items, all.items]).toEqual([1, 6]);
    expect(all.statements).toBe(one.statements);
  });

  it('a searched page of claims with evidence and disputes: the same count for 1 and for 4', async () => {
    const query = (n: number) =>
      `{ claims(search: "office Arden Alliance Lindstrom members", first: ${n}) { edges { node { statement corroboration evidence { source { title } } disputes { claim { statement } } } } } }`;
    const edges = (d: { claims: { edges: unknown[] } }) => d.claims.edges.length;
    const one = await measure(query(1), edges as never);
    const all = await measure(query(4), edges as never);
    expect([one.items, all.items]).toEqual([1, 4]);
    expect(all.statements).toBe(one.statements);
  });
});
