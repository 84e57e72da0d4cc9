import { notFound } from 'next/navigation';
import { request } from './api.ts';
import { graphql, type ResultOf } from './graphql.ts';
import { isProblem } from './problems.ts';

export const CollectionFields = graphql(`
  fragment CollectionFields on Collection {
    id slug name description visibility ownerName viewerIsOwner viewerCanEdit
    sourceCount actorCount claimCount
  }
`);

export type CollectionSummary = ResultOf<typeof CollectionFields>;

const CollectionQuery = graphql(
  `
  query Collection($slug: String!) {
    viewer { email }
    collection(slug: $slug) { ...CollectionFields curators }
  }
`,
  [CollectionFields],
);

export type CollectionDetail = NonNullable<ResultOf<typeof CollectionQuery>['collection']>;

export const collectionHref = (slug: string) => `/collections/${encodeURIComponent(slug)}`;

export const sourceHref = (slug: string, id: string) =>
  `${collectionHref(slug)}/sources/${encodeURIComponent(id)}`;

/**
 * A collection by slug with who is looking. A private collection the viewer may not read
 * answers NOT_FOUND like an unknown slug does, so both become the same 404 page.
 */
export async function loadCollection(slug: string) {
  let data: ResultOf<typeof CollectionQuery>;
  try {
    data = await request(CollectionQuery, { slug });
  } catch (error) {
    if (isProblem(error, 'not-found')) notFound();
    throw error;
  }
  const { viewer, collection } = data;
  if (!collection) notFound();
  return { viewer, collection };
}

/** An http(s) address to link to; anything else (javascript:, data:, junk) stays text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A moment as people read it, formatted on the server (UTC, so hydration never disagrees). */
export function formatMoment(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
}

/** "1 source", "3 sources". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a collection holds, in words. */
export const holdings = (c: CollectionSummary) =>
  `${count(c.sourceCount, 'source')} · ${count(c.actorCount, 'actor')} · ${count(c.claimCount, 'claim')}`;
