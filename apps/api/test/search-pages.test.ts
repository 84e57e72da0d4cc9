import { EXACT_TOP, hitsToRank } from '@attest/db';
import { loadKnowledgeBase } from '@attest/knowledge';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';
import { searchQuestions } from './search-questions.ts';

interface Page {
  claims: {
    totalCount?: number;
    pageInfo: { hasNextPage: boolean };
    edges: { cursor: string; node: { id: string } }[];
  };
}

describe('hitsToRank', () => {
  it('ranks a page within the exactly ranked head alone, and every match for any other', () => {
    fc.assert(
      fc.property(
        fc.nat(40),
        fc.integer({ min: 1, max: 40 }),
        fc.nat(2),
        (offset, shown, probe) => {
          const ranked = hitsToRank({ offset, shown, probe });
          if (offset + shown <= EXACT_TOP) expect(ranked).toBe(offset + shown + probe);
          else expect(ranked).toBeUndefined();
        },
      ),
    );
  });
});

// A search executed by the schema (here: it asks for pageInfo, which the compiled page does not
// answer) ranks only as many claims as its page needs when totalCount is not asked. Asking for
// totalCount, which ranks every match, must not change the page.
describe.each(['pglite', 'postgres'] as const)('a search page executed on %s', (kind) => {
  const corpus = loadKnowledgeBase();
  let t: TestApi;
  beforeAll(async () => {
    // Three searches a run: more than a loopback-less client's budget allows in a minute.
    t = await openTestApi(kind, inject('postgresUrl'), corpus, {
      responseCache: false,
      rateLimits: false,
    });
  });
  afterAll(() => t.close());

  const page = async (q: string, first: number, after: string | null, count: string) => {
    // An unused fragment is refused: declared only when spread.
    const fragment = count.includes('...Count')
      ? 'fragment Count on QueryClaimsConnection { totalCount }'
      : '';
    const answer = await gqlAs<Page>(
      t,
      null,
      `query Find($q: String, $first: Int, $after: String) {
        claims(search: $q, first: $first, after: $after) {
          ${count} pageInfo { hasNextPage } edges { cursor node { id } }
        }
      } ${fragment}`,
      { q, first, after },
    );
    expect(answer.errors).toBeUndefined();
    return (answer.data as Page).claims;
  };

  it('is the page a ranking of every match gives, whatever its size and place', async () => {
    const question = searchQuestions(corpus);
    // totalCount asked directly, through a fragment, or through an inline fragment.
    const counted = fc.constantFrom(
      'totalCount',
      '...Count',
      '... on QueryClaimsConnection { totalCount }',
    );
    let deep = 0;
    await fc.assert(
      fc.asyncProperty(
        question,
        fc.integer({ min: 1, max: 25 }),
        fc.nat(12),
        counted,
        async (q, first, skip, count) => {
          const everything = await page(q, 40, null, 'totalCount');
          // Every match counted (a page of 40 is ranked among all of them): a count taken from a
          // page's ranking alone would be at most its size and one more.
          const total = everything.totalCount ?? 0;
          const after = skip > 0 ? (everything.edges[skip - 1]?.cursor ?? null) : null;
          const from = after === null ? 0 : skip;
          const alone = await page(q, first, after, '');
          const withCount = await page(q, first, after, count);
          expect(withCount.totalCount).toBe(total);
          expect(alone.edges).toEqual(withCount.edges);
          expect(alone.pageInfo).toEqual(withCount.pageInfo);
          expect(alone.pageInfo.hasNextPage).toBe(total > from + first);
          if (total > from + first + 1) deep++;
        },
      ),
      { seed: 18, numRuns: 50 },
    );
    // Most questions match more claims than a page shows: the count is tested, not empty pages.
    expect(deep).toBeGreaterThan(25);
  });
});
