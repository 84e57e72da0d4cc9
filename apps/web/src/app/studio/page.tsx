import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NewSetForm } from '@/components/NewSetForm.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { SetList } from '@/components/SetList.tsx';
import { SignOut } from '@/components/SignOut.tsx';
import { studioQuery, type Viewer } from '@/lib/studio.ts';

export const metadata: Metadata = { title: 'Studio' };

interface Data {
  viewer: Viewer | null;
  collection?: { slug: string; name: string } | null;
  myQuestionSets:
    | {
        id: string;
        title: string | null;
        published: boolean | null;
        shareSlug: string | null;
        updatedAt: string | null;
      }[]
    | null;
}

export default async function StudioPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // `?collection=<slug>`: from a collection's page, a new set that draws on that collection.
  const raw = (await searchParams).collection;
  const slug = (Array.isArray(raw) ? raw[0] : raw)?.trim() || null;
  const from = slug ? `/studio?collection=${encodeURIComponent(slug)}` : '/studio';
  const result = await studioQuery<Data>(
    from,
    `query ($slug: String!, $withCollection: Boolean!) { viewer { id name email }
      myQuestionSets { id title published shareSlug updatedAt }
      collection(slug: $slug) @include(if: $withCollection) { slug name } }`,
    { slug: slug ?? '', withCollection: slug !== null },
  );
  // A collection the viewer cannot read is NOT_FOUND, like an unknown one: offer a plain set.
  if (!result.ok && slug && result.problem.kind === 'not-found') redirect('/studio');
  if (!result.ok) return <ProblemView problem={result.problem} retryHref={from} />;
  const { viewer, myQuestionSets, collection } = result.data;
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
