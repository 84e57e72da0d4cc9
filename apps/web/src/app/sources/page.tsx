import type { Metadata } from 'next';
import { ProblemView } from '@/components/ProblemView.tsx';
import { ScopeNote } from '@/components/ScopeNote.tsx';
import { query } from '@/lib/api.ts';
import { listScope, scopedHref } from '@/lib/scope.ts';

export const metadata: Metadata = { title: 'Sources' };

interface Data {
  sources: {
    edges: {
      node: {
        id: string;
        title: string | null;
        publisher: string | null;
        genre: string | null;
        published: { value: string | null } | null;
        evidence: { totalCount: number } | null;
      };
    }[];
  } | null;
}

export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const scoped = await listScope(await searchParams);
  if (!scoped.ok) return <ProblemView problem={scoped.problem} retryHref="/sources" />;
  const { scope } = scoped;
  const here = scopedHref('/sources', scope);
  const result = await query<Data>(
    `query ($c: ID) {
    sources(first: 100, collection: $c) { edges { node {
      id title publisher genre published { value } evidence(first: 1) { totalCount }
    } } }
  }`,
    { c: scope?.collection.id ?? null },
  );
  if (!result.ok) return <ProblemView problem={result.problem} retryHref={here} />;
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">The news texts every claim is quoted from, kept word for word.</p>
      <ScopeNote scope={scope} all="/sources" what="sources" />
      <ul className="plain">
        {(result.data.sources?.edges ?? []).map(({ node: s }) => (
          <li key={s.id}>
            <h2 className="item-title">
              <a href={`/sources/${encodeURIComponent(s.id)}`}>{s.title ?? 'Untitled'}</a>
            </h2>
            <p className="muted">
              {[s.publisher, s.published?.value, s.genre?.toLowerCase()]
                .filter(Boolean)
                .join(' · ')}
              {' · '}
              {s.evidence?.totalCount ?? 0} quoted passages
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
