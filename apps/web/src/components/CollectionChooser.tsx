import { graphql, type ResultOf } from '@/lib/graphql.ts';

/** A collection the viewer may read, as the studio offers it. */
export const CollectionPickFields = graphql(`
  fragment CollectionPickFields on Collection {
    id slug @_required name @_required visibility @_required ownerName
  }
`);

export type CollectionPick = ResultOf<typeof CollectionPickFields>;

/**
 * Which collection generated questions come from. A plain GET form: choosing reloads the editor
 * with `?collection=<slug>`, so the actor and source filters are that collection's, and it works
 * by keyboard and without script.
 */
export function CollectionChooser({
  action,
  collections,
  current,
  unknown,
}: {
  action: string;
  collections: CollectionPick[];
  /** The slug shown as chosen: the one asked for, else the curated corpus. */
  current: string | null;
  /** A slug asked for that the viewer cannot read (or that does not exist). */
  unknown: string | null;
}) {
  return (
    <form method="get" action={action} className="row">
      <div className="field">
        <label htmlFor="pick-collection">Collection</label>
        <select id="pick-collection" name="collection" defaultValue={current ?? ''}>
          {collections.map((c) => (
            <option key={c.id} value={c.slug}>
              {c.name}
              {c.visibility === 'PRIVATE' ? ' (private)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <button type="submit" className="secondary">
          Use this collection
        </button>
      </div>
      {unknown ? (
        <p className="problem" role="alert">
          No collection “{unknown}” that you can read: showing the curated corpus instead.
        </p>
      ) : null}
    </form>
  );
}
