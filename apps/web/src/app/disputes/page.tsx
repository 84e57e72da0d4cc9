import type { Metadata } from 'next';
import { CLAIM_FIELDS, ClaimItem, type ClaimView } from '@/components/ClaimItem.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { query } from '@/lib/api.ts';

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

export default async function DisputesPage() {
  const result = await query<Data>(`{ disputes {
    id aspect description first { ${CLAIM_FIELDS} } second { ${CLAIM_FIELDS} }
  } }`);
  if (!result.ok) return <ProblemView problem={result.problem} retryHref="/disputes" />;
  const disputes = result.data.disputes ?? [];
  return (
    <>
      <h1>Where sources disagree</h1>
      <p className="lede">
        Claims that cannot both be right as stated. Attest keeps both, with their quotes; a claim
        known to be superseded is marked.
      </p>
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
