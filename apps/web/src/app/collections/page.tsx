import type { Metadata } from 'next';
import { NewCollectionForm } from '@/components/NewCollectionForm.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { request } from '@/lib/api.ts';
import { CollectionFields, collectionHref, holdings } from '@/lib/collections.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { problemOf } from '@/lib/problems.ts';

export const metadata: Metadata = { title: 'Collections' };

const Collections = graphql(
  `
  query Collections {
    viewer { name }
    collections(first: 100) { edges { node { ...CollectionFields } } }
  }
`,
  [CollectionFields],
);

export default async function CollectionsPage() {
  let data: ResultOf<typeof Collections>;
  try {
    data = await request(Collections);
  } catch (error) {
    return <ProblemView problem={problemOf(error)} retryHref="/collections" />;
  }
  const { viewer } = data;
  const collections = (data.collections?.edges ?? []).map((e) => e.node);
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
              <a href={collectionHref(c.slug ?? '')}>{c.name}</a>{' '}
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
