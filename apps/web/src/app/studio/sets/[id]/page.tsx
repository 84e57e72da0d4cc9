import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProblemView } from '@/components/ProblemView.tsx';
import { SetEditor } from '@/components/SetEditor.tsx';
import { query } from '@/lib/api.ts';
import { namesNothing } from '@/lib/missing.ts';
import { EXPORT_NOTES_FIELDS, exportNotesFrom, type QuestionSet, SET_FIELDS } from '@/lib/sets.ts';
import { studioQuery, type Viewer } from '@/lib/studio.ts';

export const metadata: Metadata = { title: 'Edit set' };

interface Data {
  viewer: Viewer | null;
  node:
    | (QuestionSet & {
        __typename: string;
        kahootNotes?: { notes: string[] };
        gradebookNotes?: { notes: string[] };
      })
    | null;
}

interface Choices {
  sources: { edges: { node: { id: string; title: string | null } }[] } | null;
  actors: { edges: { node: { id: string; name: string | null } }[] } | null;
}

export default async function SetPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const from = `/studio/sets/${encodeURIComponent(id)}`;
  const [result, choices] = await Promise.all([
    studioQuery<Data>(
      from,
      `query ($id: ID!) { viewer { id name email } node(id: $id) { __typename ... on QuestionSet { ${SET_FIELDS} ${EXPORT_NOTES_FIELDS} } } }`,
      { id },
    ),
    query<Choices>(`{ sources(first: 100) { edges { node { id title } } }
      actors(first: 100) { edges { node { id name } } } }`),
  ]);
  if (!result.ok && namesNothing(result.problem)) notFound();
  if (!result.ok) return <ProblemView problem={result.problem} retryHref={from} />;
  const set = result.data.node;
  if (set?.__typename !== 'QuestionSet') notFound();
  const sources = choices.ok ? (choices.data.sources?.edges ?? []).map((e) => e.node) : [];
  const actors = choices.ok ? (choices.data.actors?.edges ?? []).map((e) => e.node) : [];
  return (
    <>
      <p>
        <a href="/studio">← Your sets</a>
      </p>
      <SetEditor set={set} exportNotes={exportNotesFrom(set)} sources={sources} actors={actors} />
    </>
  );
}
