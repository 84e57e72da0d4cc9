import type { Metadata } from 'next';
import { ProblemView } from '@/components/ProblemView.tsx';
import { ScopeNote } from '@/components/ScopeNote.tsx';
import { request } from '@/lib/api.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { problemOf } from '@/lib/problems.ts';
import { listScope, type Scope, scopedHref } from '@/lib/scope.ts';

export const metadata: Metadata = { title: 'Sources' };

const Sources = graphql(`
  query Sources($c: ID) {
    sources(first: 100, collection: $c) {
      edges {
        node { id title publisher genre published { value } evidence(first: 1) { totalCount } }
      }
    }
  }
`);

export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  let scope: Scope = null;
  let data: ResultOf<typeof Sources>;
  try {
    scope = await listScope(await searchParams);
    data = await request(Sources, { c: scope?.collection.id ?? null });
  } catch (error) {
    return <ProblemView problem={problemOf(error)} retryHref={scopedHref('/sources', scope)} />;
  }
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">The news texts every claim is quoted from, kept word for word.</p>
      <ScopeNote scope={scope} all="/sources" what="sources" />
      <ul className="plain">
        {(data.sources?.edges ?? []).map(({ node: s }) => (
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
