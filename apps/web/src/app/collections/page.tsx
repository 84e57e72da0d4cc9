import type { Metadata } from 'next';
import { NewCollectionForm } from '@/components/NewCollectionForm.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { query } from '@/lib/api.ts';
import {
  COLLECTION_FIELDS,
  type CollectionSummary,
  collectionHref,
  holdings,
} from '@/lib/collections.ts';

export const metadata: Metadata = { title: 'Collections' };

interface Data {
  viewer: { name: string } | null;
  collections: { edges: { node: CollectionSummary }[] } | null;
}

export default async function CollectionsPage() {
  const result = await query<Data>(
    `{ viewer { name } collections(first: 100) { edges { node { ${COLLECTION_FIELDS} } } } }`,
  );
  if (!result.ok) return <ProblemView problem={result.problem} retryHref="/collections" />;
  const { viewer } = result.data;
  const collections = (result.data.collections?.edges ?? []).map((e) => e.node);
  return (
    <>
      <h1>Collections</h1>
      <p className="lede">
        Knowledge bases of sourced claims: the curated corpus, and articles people bring themselves.
      </p>
      <ul className="plain">
        {collections.map((c) => (
          <li key={c.id}>
            <h2 className="item-title">
              <a href={collectionHref(c.slug)}>{c.name}</a>{' '}
              <span className="badge">{c.visibility === 'PUBLIC' ? 'public' : 'private'}</span>
            </h2>
            <p className="muted">
              {c.ownerName ? `By ${c.ownerName}` : 'Curated corpus'} · {holdings(c)}
              {c.viewerCanEdit ? ' · you can edit it' : ''}
            </p>
          </li>
        ))}
      </ul>
      {viewer ? (
        <NewCollectionForm />
      ) : (
        <p className="notice">
          <a href="/sign-in?next=%2Fcollections">Sign in</a> to make a collection of your own
          articles.
        </p>
      )}
    </>
  );
}
