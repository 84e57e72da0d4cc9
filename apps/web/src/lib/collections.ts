import { notFound } from 'next/navigation';
import { query } from './api.ts';
import type { Problem } from './problems.ts';

export interface CollectionSummary {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  visibility: 'PUBLIC' | 'PRIVATE';
  ownerName: string | null;
  viewerIsOwner: boolean;
  viewerCanEdit: boolean;
  sourceCount: number;
  actorCount: number;
  claimCount: number;
}

export interface CollectionDetail extends CollectionSummary {
  curators: string[] | null;
}

export const COLLECTION_FIELDS = `id slug name description visibility ownerName viewerIsOwner viewerCanEdit
  sourceCount actorCount claimCount`;

export const collectionHref = (slug: string) => `/collections/${encodeURIComponent(slug)}`;

export const sourceHref = (slug: string, id: string) =>
  `${collectionHref(slug)}/sources/${encodeURIComponent(id)}`;

interface Loaded {
  viewer: { email: string } | null;
  collection: CollectionDetail;
}

/**
 * A collection by slug with who is looking. A private collection the viewer may not read
 * answers NOT_FOUND like an unknown slug does, so both become the same 404 page.
 */
export async function loadCollection(
  slug: string,
): Promise<{ ok: true; data: Loaded } | { ok: false; problem: Problem }> {
  const result = await query<Loaded>(
    `query ($slug: String!) { viewer { email }
      collection(slug: $slug) { ${COLLECTION_FIELDS} curators } }`,
    { slug },
  );
  if (!result.ok && result.problem.kind === 'not-found') notFound();
  return result;
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
