import { type CollectionDetail, loadCollection } from './collections.ts';

export type Scope = { slug: string; collection: Pick<CollectionDetail, 'id' | 'name'> } | null;

/**
 * The collection a list page is scoped to by `?collection=<slug>`, or null for everything the
 * visitor may read. A collection the visitor may not read is a 404, as an unknown one.
 */
export async function listScope(
  params: Record<string, string | string[] | undefined>,
): Promise<Scope> {
  const raw = params.collection;
  const slug = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!slug) return null;
  const { collection } = await loadCollection(slug);
  return { slug, collection };
}

/** A list page's address, kept within its collection when it has one. */
export const scopedHref = (path: string, scope: Scope) =>
  scope ? `${path}?collection=${encodeURIComponent(scope.slug)}` : path;
