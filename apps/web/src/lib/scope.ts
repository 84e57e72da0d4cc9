import { type CollectionDetail, loadCollection } from './collections.ts';
import type { Problem } from './problems.ts';

export type Scope = { slug: string; collection: Pick<CollectionDetail, 'id' | 'name'> } | null;

/**
 * The collection a list page is scoped to by `?collection=<slug>`, or null for everything the
 * visitor may read. A collection the visitor may not read is a 404, as an unknown one.
 */
export async function listScope(
  params: Record<string, string | string[] | undefined>,
): Promise<{ ok: true; scope: Scope } | { ok: false; problem: Problem }> {
  const raw = params.collection;
  const slug = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!slug) return { ok: true, scope: null };
  const loaded = await loadCollection(slug);
  if (!loaded.ok) return loaded;
  return { ok: true, scope: { slug, collection: loaded.data.collection } };
}

/** A list page's address, kept within its collection when it has one. */
export const scopedHref = (path: string, scope: Scope) =>
  scope ? `${path}?collection=${encodeURIComponent(scope.slug)}` : path;
