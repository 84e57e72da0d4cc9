import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProblemView } from '@/components/ProblemView.tsx';
import { request } from '@/lib/api.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { namesNothing } from '@/lib/missing.ts';
import { problemOf } from '@/lib/problems.ts';
import {
  claimsHtml,
  located,
  parseRange,
  type SupportedClaim,
  segment,
  segmentsHtml,
} from '@/lib/segments.ts';

export const metadata: Metadata = { title: 'Source' };

const EvidencePage = graphql(`
  fragment EvidencePage on SourceEvidenceConnection {
    pageInfo { hasNextPage endCursor }
    edges { node { id start end quote claim { id statement subject { id name } } } }
  }
`);

const SourceQuery = graphql(
  `
  query Source($id: ID!) {
    node(id: $id) {
      __typename
      ... on Source {
        title publisher publisherBasis genre url published { value } text
        noise { start end label }
        evidence(first: 100) { ...EvidencePage }
      }
    }
  }
`,
  [EvidencePage],
);

const MoreEvidence = graphql(
  `
  query SourceEvidence($id: ID!, $after: String) {
    node(id: $id) { ... on Source { evidence(first: 100, after: $after) { ...EvidencePage } } }
  }
`,
  [EvidencePage],
);

type Page = ResultOf<typeof EvidencePage> | null | undefined;

async function loadSource(id: string) {
  const first = await request(SourceQuery, { id });
  const evidence: Page = first.node && 'evidence' in first.node ? first.node.evidence : null;
  let cursor = evidence?.pageInfo.hasNextPage ? evidence.pageInfo.endCursor : null;
  const rows = [...(evidence?.edges ?? [])];
  while (cursor) {
    const more = await request(MoreEvidence, { id, after: cursor });
    const page: Page = more.node && 'evidence' in more.node ? more.node.evidence : null;
    rows.push(...(page?.edges ?? []));
    cursor = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  }
  const quotes = located(rows.map((e) => e.node)).map((e) => ({ ...e, quote: e.quote ?? '' }));
  return { node: first.node, rows: quotes };
}

export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = decodeURIComponent((await params).id);
  const at = (await searchParams).at;
  const target = parseRange(Array.isArray(at) ? at[0] : at);
  let result: Awaited<ReturnType<typeof loadSource>>;
  try {
    result = await loadSource(id);
  } catch (error) {
    const problem = problemOf(error);
    if (namesNothing(problem)) notFound();
    return <ProblemView problem={problem} />;
  }
  const source = result.node;
  if (source?.__typename !== 'Source' || typeof source.text !== 'string') notFound();
  const evidence = result.rows;
  const noise = located(source.noise ?? []);
  const segments = segment(source.text, evidence, noise, target);
  const targetQuote = target
    ? Array.from(source.text).slice(target.start, target.end).join('')
    : undefined;

  const byClaim = new Map<string, SupportedClaim>();
  for (const e of evidence) {
    if (!e.claim) continue;
    const entry = byClaim.get(e.claim.id) ?? {
      statement: e.claim.statement,
      subject: e.claim.subject,
      quotes: [],
    };
    entry.quotes.push(e);
    byClaim.set(e.claim.id, entry);
  }
  const claims = [...byClaim.values()];

  return (
    <article>
      <h1>{source.title ?? 'Untitled source'}</h1>
      <p className="muted">
        {[source.publisher, source.published?.value, source.genre?.toLowerCase()]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {source.publisherBasis ? <p className="hint">{source.publisherBasis}</p> : null}
      <p className="actions">
        <a className="button secondary" href={`/quiz/new?source=${encodeURIComponent(id)}`}>
          Quiz me on this source
        </a>
        <a href="#claims">The {byClaim.size} claims it supports</a>
      </p>
      {targetQuote ? (
        <p className="notice sticky">
          The passage you came from is highlighted below: “{targetQuote}”.{' '}
          <a href="#passage">Go to the passage</a>
        </p>
      ) : null}
      <h2>The text</h2>
      <p className="hint">
        Marked passages are quoted as evidence for a claim; greyed text is page furniture or a
        sidebar, not part of the story.
      </p>
      {/* Plain markup, not React elements: the long text costs nothing to hydrate. */}
      <div
        className="source-text"
        dangerouslySetInnerHTML={{ __html: segmentsHtml(segments, target) }}
      />
      <h2 id="claims">What this source supports</h2>
      {/* Markup too: a long list of links that needs no hydrating. */}
      <ul className="plain" dangerouslySetInnerHTML={{ __html: claimsHtml(claims) }} />
    </article>
  );
}
