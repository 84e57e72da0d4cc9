import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProblemView } from '@/components/ProblemView.tsx';
import { query } from '@/lib/api.ts';
import { namesNothing } from '@/lib/missing.ts';
import {
  claimsHtml,
  parseRange,
  type Range,
  type SupportedClaim,
  segment,
  segmentsHtml,
} from '@/lib/segments.ts';

export const metadata: Metadata = { title: 'Source' };

interface EvidenceNode {
  id: string;
  start: number;
  end: number;
  quote: string;
  claim: {
    id: string;
    statement: string | null;
    subject: { id: string; name: string | null } | null;
  } | null;
}

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: EvidenceNode }[];
}

interface SourceData {
  node: {
    __typename: string;
    title?: string | null;
    publisher?: string | null;
    publisherBasis?: string | null;
    genre?: string | null;
    url?: string | null;
    published?: { value: string | null } | null;
    text?: string | null;
    noise?: (Range & { label: string | null })[] | null;
    evidence?: Page | null;
  } | null;
}

const EVIDENCE = `pageInfo { hasNextPage endCursor }
  edges { node { id start end quote claim { id statement subject { id name } } } }`;

async function loadSource(id: string) {
  const first = await query<SourceData>(
    `query ($id: ID!) { node(id: $id) { __typename ... on Source {
      title publisher publisherBasis genre url published { value } text
      noise { start end label }
      evidence(first: 100) { ${EVIDENCE} }
    } } }`,
    { id },
  );
  if (!first.ok) return first;
  const evidence = first.data.node?.evidence;
  let cursor = evidence?.pageInfo.hasNextPage ? evidence.pageInfo.endCursor : null;
  const rows = [...(evidence?.edges ?? [])];
  while (cursor) {
    const more = await query<SourceData>(
      `query ($id: ID!, $after: String) { node(id: $id) { __typename ... on Source {
        evidence(first: 100, after: $after) { ${EVIDENCE} } } } }`,
      { id, after: cursor },
    );
    if (!more.ok) return more;
    const page = more.data.node?.evidence;
    rows.push(...(page?.edges ?? []));
    cursor = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  }
  return { ...first, rows: rows.map((e) => e.node) };
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
  const result = await loadSource(id);
  if (!result.ok && namesNothing(result.problem)) notFound();
  if (!result.ok) return <ProblemView problem={result.problem} />;
  const source = result.data.node;
  if (source?.__typename !== 'Source' || typeof source.text !== 'string') notFound();
  const evidence = result.rows;
  const noise = source.noise ?? [];
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
