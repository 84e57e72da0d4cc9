import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CollectionChooser, type CollectionPick } from '@/components/CollectionChooser.tsx';
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

type Readable = CollectionPick & { ownerName: string | null };

interface Choices {
  sources: { edges: { node: { id: string; title: string | null } }[] } | null;
  actors: { edges: { node: { id: string; name: string | null } }[] } | null;
}

const COLLECTION_PICK = 'id slug name visibility ownerName';

export default async function SetPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = decodeURIComponent((await params).id);
  const raw = (await searchParams).collection;
  const slug = (Array.isArray(raw) ? raw[0] : raw)?.trim() || null;
  const from = `/studio/sets/${encodeURIComponent(id)}${slug ? `?collection=${encodeURIComponent(slug)}` : ''}`;
  const [result, readable, asked] = await Promise.all([
    studioQuery<Data>(
      from,
      `query ($id: ID!) { viewer { id name email } node(id: $id) { __typename ... on QuestionSet { ${SET_FIELDS} ${EXPORT_NOTES_FIELDS} } } }`,
      { id },
    ),
    query<{ collections: { edges: { node: Readable }[] } | null }>(
      `{ collections(first: 100) { edges { node { ${COLLECTION_PICK} } } } }`,
    ),
    // Asked for by slug: the list holds at most 100, and the one asked for must be among them.
    slug
      ? query<{ collection: Readable | null }>(
          `query ($slug: String!) { collection(slug: $slug) { ${COLLECTION_PICK} } }`,
          { slug },
        )
      : null,
  ]);
  if (!result.ok && namesNothing(result.problem)) notFound();
  if (!result.ok) return <ProblemView problem={result.problem} retryHref={from} />;
  const set = result.data.node;
  if (set?.__typename !== 'QuestionSet') notFound();

  const collections = readable.ok
    ? (readable.data.collections?.edges ?? []).map((e) => e.node)
    : [];
  // A collection the viewer may not read answers NOT_FOUND like an unknown slug: both fall back
  // to the curated corpus, saying so.
  const chosen = asked?.ok ? asked.data.collection : null;
  const unknown = slug !== null && !chosen;
  if (chosen && !collections.some((c) => c.id === chosen.id)) collections.unshift(chosen);
  const corpus = collections.find((c) => c.ownerName === null && c.visibility === 'PUBLIC');
  const current = chosen ?? corpus ?? null;

  const choices = await query<Choices>(
    `query ($c: ID) { sources(first: 100, collection: $c) { edges { node { id title } } }
      actors(first: 100, collection: $c) { edges { node { id name } } } }`,
    { c: current?.id ?? null },
  );
  const sources = choices.ok ? (choices.data.sources?.edges ?? []).map((e) => e.node) : [];
  const actors = choices.ok ? (choices.data.actors?.edges ?? []).map((e) => e.node) : [];
  return (
    <>
      <p>
        <a href="/studio">← Your sets</a>
      </p>
      <SetEditor
        set={set}
        exportNotes={exportNotesFrom(set)}
        sources={sources}
        actors={actors}
        // Without a chosen one the API asks about the corpus: no ID is sent then.
        collection={chosen ? { id: chosen.id, name: chosen.name } : null}
        chooser={
          <CollectionChooser
            action={`/studio/sets/${encodeURIComponent(id)}`}
            collections={collections}
            current={current?.slug ?? null}
            unknown={unknown ? slug : null}
          />
        }
      />
    </>
  );
}
