import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProblemView } from '@/components/ProblemView.tsx';
import { ReviewPanel } from '@/components/ReviewPanel.tsx';
import { request } from '@/lib/api.ts';
import {
  type CollectionDetail,
  collectionHref,
  loadCollection,
  safeHttpUrl,
} from '@/lib/collections.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { problemOf } from '@/lib/problems.ts';
import {
  type ActorRef,
  type Decision,
  DecisionFields,
  type ExistingClaim,
  ExtractionFields,
  PredicateFields,
  predicatesOf,
} from '@/lib/review.ts';
import { located } from '@/lib/segments.ts';

export const metadata: Metadata = { title: 'Source' };

const SourceQuery = graphql(`
  query CollectionSource($id: ID!) {
    node(id: $id) {
      __typename
      ... on Source {
        id title publisher url published { value } text collection { id }
        claims { id predicate { key } evidence { start end source { id } } }
      }
    }
  }
`);

const ReviewQuery = graphql(
  `
  query Review($c: ID!, $s: ID!, $text: String!) {
    extractDrafts(text: $text, collection: $c) { ...ExtractionFields }
    kept: node(id: $s) { ... on Source { draftDecisions { ...DecisionFields } } }
    actors(collection: $c, first: 100) { edges { node { id name } } }
    predicates { ...PredicateFields }
  }
`,
  [ExtractionFields, DecisionFields, PredicateFields],
);

type ReviewData = ResultOf<typeof ReviewQuery>;

/** The decisions kept for this source's drafts. */
const keptDecisions = (review: ReviewData | null) =>
  review?.kept && 'draftDecisions' in review.kept ? (review.kept.draftDecisions ?? []) : [];

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
  let c: CollectionDetail;
  try {
    ({ collection: c } = await loadCollection(slug));
  } catch (error) {
    return <ProblemView problem={problemOf(error)} retryHref={here} />;
  }
  let source: ResultOf<typeof SourceQuery>['node'] = null;
  try {
    source = (await request(SourceQuery, { id })).node;
  } catch (error) {
    const problem = problemOf(error);
    if (problem.kind !== 'not-found') return <ProblemView problem={problem} retryHref={here} />;
  }
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
    try {
      review = await request(ReviewQuery, { c: c.id, s: id, text });
    } catch (error) {
      reviewProblem = problemOf(error).message;
    }
  }
  const existing: ExistingClaim[] = (source.claims ?? []).map((claim) => ({
    id: claim.id,
    predicate: claim.predicate?.key ?? null,
    evidence: located(claim.evidence ?? []).filter((e) => e.source?.id === source.id),
  }));
  const actors: ActorRef[] = (review?.actors?.edges ?? []).map(({ node }) => ({
    id: node.id,
    name: node.name ?? 'Unnamed',
  }));

  const decisions: Record<string, Decision> = Object.fromEntries(
    keptDecisions(review).map((d) => [
      d.key,
      { dismissed: d.dismissed ?? false, edits: parseEdits(d.edits) },
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
          predicates={predicatesOf(review.predicates)}
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
