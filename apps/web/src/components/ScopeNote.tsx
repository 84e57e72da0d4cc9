import { collectionHref } from '@/lib/collections.ts';
import type { Scope } from '@/lib/scope.ts';

/** Says which collection a list shows, with the way back to it and to everything. */
export function ScopeNote({ scope, all, what }: { scope: Scope; all: string; what: string }) {
  if (!scope) return null;
  return (
    <p className="muted">
      In the collection <a href={collectionHref(scope.slug)}>{scope.collection.name}</a> ·{' '}
      <a href={all}>All {what}</a>
    </p>
  );
}
