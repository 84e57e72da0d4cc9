import type { Metadata } from 'next';
import { CLAIM_FIELDS, ClaimItem, type ClaimView } from '@/components/ClaimItem.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { ScopeNote } from '@/components/ScopeNote.tsx';
import { query } from '@/lib/api.ts';
import { listScope, scopedHref } from '@/lib/scope.ts';

export const metadata: Metadata = { title: 'Where sources disagree' };

interface Data {
  disputes:
    | {
        id: string;
        aspect: string | null;
        description: string | null;
        first: ClaimView | null;
        second: ClaimView | null;
      }[]
    | null;
}

export default async function DisputesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const scoped = await listScope(await searchParams);
  if (!scoped.ok) return <ProblemView problem={scoped.problem} retryHref="/disputes" />;
  const { scope } = scoped;
  const result = await query<Data>(
    `query ($c: ID) { disputes(collection: $c) {
    id aspect description first { ${CLAIM_FIELDS} } second { ${CLAIM_FIELDS} }
  } }`,
    { c: scope?.collection.id ?? null },
  );
  if (!result.ok)
    return <ProblemView problem={result.problem} retryHref={scopedHref('/disputes', scope)} />;
  const disputes = result.data.disputes ?? [];
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
