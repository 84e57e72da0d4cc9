import type { Metadata } from 'next';
import { NewSetForm } from '@/components/NewSetForm.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { SetList } from '@/components/SetList.tsx';
import { SignOut } from '@/components/SignOut.tsx';
import { studioQuery, type Viewer } from '@/lib/studio.ts';

export const metadata: Metadata = { title: 'Studio' };

interface Data {
  viewer: Viewer | null;
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

export default async function StudioPage() {
  const result = await studioQuery<Data>(
    '/studio',
    `{ viewer { id name email } myQuestionSets { id title published shareSlug updatedAt } }`,
  );
  if (!result.ok) return <ProblemView problem={result.problem} retryHref="/studio" />;
  const { viewer, myQuestionSets } = result.data;
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
      <NewSetForm />
    </>
  );
}
