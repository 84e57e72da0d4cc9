import { schema } from '@attest/graphql';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost, SEARCH_POINTS } from '../src/operation-cost.ts';

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost({
    schema,
    document: parse(query),
    variables,
    defaultPageSize: 20,
    maxPageSize: 100,
  });

describe('the cost of an operation', () => {
  it('is at least one point', () => {
    expect(cost('{ __typename }')).toBe(1);
    expect(cost('{ claims(first: 1) { totalCount } }')).toBe(1);
  });

  it('grows with page sizes, multiplied through nested connections, variables included', () => {
    const page = (n: number) => `{ claims(first: ${n}) { edges { node { statement } } } }`;
    expect(cost(page(100))).toBeGreaterThan(cost(page(10)));
    const nested = `query ($n: Int) { actors(first: $n) { edges { node {
      claimsAsSubject(first: $n) { edges { node { statement } } } } } } }`;
    expect(cost(nested, { n: 50 })).toBeGreaterThan(cost(nested, { n: 5 }) * 10);
    expect(cost(nested, { n: 50 })).toBeGreaterThan(cost(page(50)) * 10);
  });

  it('counts fragments as their fields, and charges for ranked search', () => {
    const plain = '{ claims(first: 50) { edges { node { statement } } } }';
    const spread =
      '{ claims(first: 50) { ...C } } fragment C on QueryClaimsConnection { edges { node { statement } } }';
    expect(cost(spread)).toBe(cost(plain));
    const search =
      '{ claims(search: "Who blocked the office?", first: 50) { edges { node { statement } } } }';
    expect(cost(search)).toBe(cost(plain) + SEARCH_POINTS);
  });
});
