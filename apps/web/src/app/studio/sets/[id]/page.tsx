import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CollectionChooser, CollectionPickFields } from '@/components/CollectionChooser.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { SetEditor } from '@/components/SetEditor.tsx';
import { request } from '@/lib/api.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { namesNothing } from '@/lib/missing.ts';
import { problemOf } from '@/lib/problems.ts';
import { ExportNotesFields, exportNotesFrom, SetFields } from '@/lib/sets.ts';
import { studioRequest } from '@/lib/studio.ts';

export const metadata: Metadata = { title: 'Edit set' };

const SetQuery = graphql(
  `
  query EditSet($id: ID!) {
    viewer { id name email }
    node(id: $id) { __typename ... on QuestionSet { ...SetFields ...ExportNotesFields } }
  }
`,
  [SetFields, ExportNotesFields],
);

const Readable = graphql(
  `
  query ReadableCollections {
    collections(first: 100) { edges { node { ...CollectionPickFields } } }
  }
`,
  [CollectionPickFields],
);

const Asked = graphql(
  `
  query AskedCollection($slug: String!) { collection(slug: $slug) { ...CollectionPickFields } }
`,
  [CollectionPickFields],
);

const Choices = graphql(`
  query SetChoices($c: ID) {
    sources(first: 100, collection: $c) { edges { node { id title } } }
    actors(first: 100, collection: $c) { edges { node { id name } } }
  }
`);

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
  let loaded: [
    ResultOf<typeof SetQuery>,
    ResultOf<typeof Readable> | null,
    ResultOf<typeof Asked> | null,
  ];
  try {
    loaded = await Promise.all([
      studioRequest(from, SetQuery, { id }),
      request(Readable).catch(() => null),
      // Asked for by slug: the list holds at most 100, and the one asked for must be among them.
      slug ? request(Asked, { slug }).catch(() => null) : null,
    ]);
  } catch (error) {
    const problem = problemOf(error);
    if (namesNothing(problem)) notFound();
    return <ProblemView problem={problem} retryHref={from} />;
  }
  const [result, readable, asked] = loaded;
  const set = result.node;
  if (set?.__typename !== 'QuestionSet') notFound();

  const collections = (readable?.collections?.edges ?? []).map((e) => e.node);
  // A collection the viewer may not read answers NOT_FOUND like an unknown slug: both fall back
  // to the curated corpus, saying so.
  const chosen = asked?.collection ?? null;
  const unknown = slug !== null && !chosen;
  if (chosen && !collections.some((c) => c.id === chosen.id)) collections.unshift(chosen);
  const corpus = collections.find((c) => c.ownerName === null && c.visibility === 'PUBLIC');
  const current = chosen ?? corpus ?? null;

  const choices = await request(Choices, { c: current?.id ?? null }).catch(() => null);
  const sources = (choices?.sources?.edges ?? []).map((e) => e.node);
  const actors = (choices?.actors?.edges ?? []).map((e) => e.node);
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
