import type { Metadata } from 'next';
import { ClaimFields, ClaimItem } from '@/components/ClaimItem.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { ScopeNote } from '@/components/ScopeNote.tsx';
import { request } from '@/lib/api.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { problemOf } from '@/lib/problems.ts';
import { listScope, type Scope, scopedHref } from '@/lib/scope.ts';

export const metadata: Metadata = { title: 'Where sources disagree' };

const Disputes = graphql(
  `
  query Disputes($c: ID) {
    disputes(collection: $c) {
      id aspect description first { ...ClaimFields } second { ...ClaimFields }
    }
  }
`,
  [ClaimFields],
);

export default async function DisputesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  let scope: Scope = null;
  let data: ResultOf<typeof Disputes>;
  try {
    scope = await listScope(await searchParams);
    data = await request(Disputes, { c: scope?.collection.id ?? null });
  } catch (error) {
    return <ProblemView problem={problemOf(error)} retryHref={scopedHref('/disputes', scope)} />;
  }
  const disputes = data.disputes ?? [];
  return (
    <>
      <h1>Where sources disagree</h1>
      <p className="lede">
        Claims that cannot both be right as stated. Attest keeps both, with their quotes; a claim
        known to be superseded is marked.
      </p>
      <ScopeNote scope={scope} all="/disputes" what="disputes" />
      {disputes.length === 0 ? <p className="muted">No disputes recorded.</p> : null}
      {disputes.map((d) => (
        <section key={d.id} className="card" aria-label={d.description ?? 'Dispute'}>
          <p>
            <span className="badge">{d.aspect?.toLowerCase() ?? 'dispute'}</span> {d.description}
          </p>
          <ul className="plain">
            {d.first ? <ClaimItem claim={d.first} showSubject /> : null}
            {d.second ? <ClaimItem claim={d.second} showSubject /> : null}
          </ul>
        </section>
      ))}
    </>
  );
}
