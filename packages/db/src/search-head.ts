/**
 * Claims that can be among this many first hits are ranked with the exact trigram similarity
 * (in SQL, search.ts, and in memory, search-memory.ts, alike). So a ranking limited to n hits
 * orders its first min(n, EXACT_TOP) as a ranking of every match does, and finds as many hits,
 * up to n; further down, near-ties may fall otherwise.
 */
export const EXACT_TOP = 20;

/**
 * How many hits a search's page needs ranked, or undefined when it needs every match ranked: its
 * `shown` hits after `offset`, and `probe` more whose presence alone is read (whether a next page
 * exists). A page within the first EXACT_TOP hits is the same ranked alone as ranked among every
 * match, so a claim that cannot reach it is never scored in full; a page further down, or a
 * count of every match, needs them all.
 */
export function hitsToRank({
  offset,
  shown,
  probe = 0,
}: {
  offset: number;
  shown: number;
  probe?: number;
}): number | undefined {
  return offset + shown <= EXACT_TOP ? offset + shown + probe : undefined;
}
