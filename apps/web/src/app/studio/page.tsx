import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NewSetForm } from '@/components/NewSetForm.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { SetList } from '@/components/SetList.tsx';
import { SignOut } from '@/components/SignOut.tsx';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { problemOf } from '@/lib/problems.ts';
import { studioRequest } from '@/lib/studio.ts';

export const metadata: Metadata = { title: 'Studio' };

const Studio = graphql(`
  query Studio($slug: String!, $withCollection: Boolean!) {
    viewer { id name email }
    myQuestionSets { id title published shareSlug updatedAt }
    collection(slug: $slug) @include(if: $withCollection) { slug @_required name @_required }
  }
`);

export default async function StudioPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // `?collection=<slug>`: from a collection's page, a new set that draws on that collection.
  const raw = (await searchParams).collection;
  const slug = (Array.isArray(raw) ? raw[0] : raw)?.trim() || null;
  const from = slug ? `/studio?collection=${encodeURIComponent(slug)}` : '/studio';
  let data: ResultOf<typeof Studio> & { viewer: object };
  try {
    data = await studioRequest(from, Studio, { slug: slug ?? '', withCollection: slug !== null });
  } catch (error) {
    const problem = problemOf(error);
    // A collection the viewer cannot read is NOT_FOUND, like an unknown one: offer a plain set.
    if (slug && problem.kind === 'not-found') redirect('/studio');
    return <ProblemView problem={problem} retryHref={from} />;
  }
  const { viewer, myQuestionSets, collection } = data;
  const sets = myQuestionSets ?? [];
  return (
    <>
      <div className="row">
        <h1>Your question sets</h1>
        <p className="actions" style={{ justifyContent: 'flex-end' }}>
          <span className="muted">Signed in as {viewer.name}</span>
          <SignOut />
        </p>
      </div>
      <SetList
        sets={sets.map((s) => ({
          id: s.id,
          title: s.title ?? 'Untitled set',
          published: s.published ?? false,
          edited: s.updatedAt ? new Date(s.updatedAt).toLocaleDateString('en-GB') : null,
        }))}
      />
      <NewSetForm collection={collection ?? null} />
    </>
  );
}
