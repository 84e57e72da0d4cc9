import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProblemView } from '@/components/ProblemView.tsx';
import { ReviewPanel } from '@/components/ReviewPanel.tsx';
import { query } from '@/lib/api.ts';
import { collectionHref, loadCollection, safeHttpUrl } from '@/lib/collections.ts';
import {
  type ActorRef,
  DECISION_FIELDS,
  type Decision,
  EXTRACTION_FIELDS,
  type ExistingClaim,
  type Extraction,
  type Predicate,
} from '@/lib/review.ts';

export const metadata: Metadata = { title: 'Source' };

interface SourceData {
  node: {
    __typename: string;
    id?: string;
    title?: string | null;
    publisher?: string | null;
    url?: string | null;
    published?: { value: string | null } | null;
    text?: string | null;
    collection?: { id: string } | null;
    claims?:
      | {
          id: string;
          predicate: { key: string | null } | null;
          evidence: { start: number; end: number; source: { id: string } | null }[] | null;
        }[]
      | null;
  } | null;
}

interface ReviewData {
  extractDrafts: Extraction;
  actors: { edges: { node: { id: string; name: string | null } }[] } | null;
  predicates: Predicate[] | null;
  kept: {
    draftDecisions?: { key: string; dismissed: boolean; edits: string | null }[] | null;
  } | null;
}

/** Kept edits are the review's own JSON; anything else is ignored, never trusted as markup. */
function parseEdits(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export default async function CollectionSourcePage({
  params,
}: {
  params: Promise<{ slug: string; id: string }>;
}) {
  const { slug: rawSlug, id: rawId } = await params;
  const slug = decodeURIComponent(rawSlug);
  const id = decodeURIComponent(rawId);
  const here = `${collectionHref(slug)}/sources/${encodeURIComponent(id)}`;
  const loaded = await loadCollection(slug);
  if (!loaded.ok) return <ProblemView problem={loaded.problem} retryHref={here} />;
  const c = loaded.data.collection;

  const result = await query<SourceData>(
    `query ($id: ID!) { node(id: $id) { __typename ... on Source {
      id title publisher url published { value } text collection { id }
      claims { id predicate { key } evidence { start end source { id } } }
    } } }`,
    { id },
  );
  if (!result.ok && result.problem.kind !== 'not-found')
    return <ProblemView problem={result.problem} retryHref={here} />;
  const source = result.ok ? result.data.node : null;
  // A source of another collection is not this page's to show, whatever the viewer may read.
  if (
    source?.__typename !== 'Source' ||
    typeof source.text !== 'string' ||
    source.collection?.id !== c.id
  )
    notFound();
  const text = source.text;
  const url = safeHttpUrl(source.url);

  let review: ReviewData | null = null;
  let reviewProblem: string | null = null;
  if (c.viewerCanEdit) {
    const drafts = await query<ReviewData>(
      `query ($c: ID!, $s: ID!, $text: String!) {
        extractDrafts(text: $text, collection: $c) { ${EXTRACTION_FIELDS} }
        kept: node(id: $s) { ... on Source { draftDecisions { ${DECISION_FIELDS} } } }
        actors(collection: $c, first: 100) { edges { node { id name } } }
        predicates { key label description object }
      }`,
      { c: c.id, s: id, text },
    );
    if (drafts.ok) review = drafts.data;
    else reviewProblem = drafts.problem.message;
  }
  const existing: ExistingClaim[] = (source.claims ?? []).map((claim) => ({
    id: claim.id,
    predicate: claim.predicate?.key ?? null,
    evidence: (claim.evidence ?? []).filter((e) => e.source?.id === source.id),
  }));
  const actors: ActorRef[] = (review?.actors?.edges ?? []).map(({ node }) => ({
    id: node.id,
    name: node.name ?? 'Unnamed',
  }));

  const decisions: Record<string, Decision> = Object.fromEntries(
    (review?.kept?.draftDecisions ?? []).map((d) => [
      d.key,
      { dismissed: d.dismissed, edits: parseEdits(d.edits) },
    ]),
  );

  return (
    <article>
      <p className="muted breadcrumb">
        <a href="/collections">Collections</a> › <a href={collectionHref(slug)}>{c.name}</a>
      </p>
      <h1>{source.title ?? 'Untitled source'}</h1>
      <p className="muted">
        {[source.publisher, source.published?.value].filter(Boolean).join(' · ')}
        {source.url ? (
          <>
            {' · '}
            {url ? (
              <a href={url} rel="noopener noreferrer nofollow">
                {source.url}
              </a>
            ) : (
              <span>{source.url}</span>
            )}
          </>
        ) : null}
      </p>
      <p className="actions">
        <a href={`/sources/${encodeURIComponent(id)}`}>Read it with its claims' evidence marked</a>
        <a href={`${collectionHref(slug)}#claims`}>The collection's claims</a>
      </p>
      {review ? (
        <ReviewPanel
          collectionId={c.id}
          sourceId={id}
          text={text}
          drafts={review.extractDrafts}
          actors={actors}
          predicates={review.predicates ?? []}
          existing={existing}
          decisions={decisions}
        />
      ) : (
        <>
          {reviewProblem ? (
            <p className="problem" role="alert">
              The drafts could not be made: {reviewProblem}
            </p>
          ) : null}
          <h2>The text</h2>
          <div className="source-text">{text}</div>
        </>
      )}
    </article>
  );
}
