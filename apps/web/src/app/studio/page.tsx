import type { Metadata } from 'next';
import { NewSetForm } from '@/components/NewSetForm.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
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
      {sets.length === 0 ? (
        <p className="notice">No sets yet: create one, then add questions made from the sources.</p>
      ) : (
        <ul className="plain">
          {sets.map((s) => (
            <li key={s.id}>
              <a href={`/studio/sets/${encodeURIComponent(s.id)}`}>{s.title}</a>{' '}
              <span className={`badge ${s.published ? 'right' : ''}`}>
                {s.published ? 'published' : 'draft'}
              </span>
              {s.updatedAt ? (
                <span className="muted">
                  {' '}
                  · edited {new Date(s.updatedAt).toLocaleDateString('en-GB')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <NewSetForm />
    </>
  );
}
