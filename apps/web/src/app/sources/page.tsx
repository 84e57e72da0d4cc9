import type { Metadata } from 'next';
import { ProblemView } from '@/components/ProblemView.tsx';
import { query } from '@/lib/api.ts';

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

export default async function SourcesPage() {
  const result = await query<Data>(`{
    sources(first: 100) { edges { node {
      id title publisher genre published { value } evidence(first: 1) { totalCount }
    } } }
  }`);
  if (!result.ok) return <ProblemView problem={result.problem} retryHref="/sources" />;
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">The news texts every claim is quoted from, kept word for word.</p>
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
