import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { EvidenceList } from './EvidenceList.tsx';

export const ClaimFields = graphql(`
  fragment ClaimFields on Claim {
    id statement modality rank time { value }
    subject { id name }
    evidence { quote start end source { id title } }
  }
`);

export type ClaimView = ResultOf<typeof ClaimFields>;

const modality: Record<string, string> = {
  PLAN: 'plan',
  OPINION: 'opinion',
  QUOTE: 'quote',
  DENIAL: 'denial',
};

/** A claim with its qualifiers and the quotes that back it. */
export function ClaimItem({
  claim,
  showSubject = false,
}: {
  claim: ClaimView;
  showSubject?: boolean;
}) {
  return (
    <li>
      <p>
        {showSubject && claim.subject ? (
          <>
            <a href={`/actors/${encodeURIComponent(claim.subject.id)}`}>{claim.subject.name}</a>
            {': '}
          </>
        ) : null}
        {claim.statement}{' '}
        {claim.modality && modality[claim.modality] ? (
          <span className="badge">{modality[claim.modality]}</span>
        ) : null}{' '}
        {claim.time?.value ? <span className="badge">{claim.time.value}</span> : null}{' '}
        {claim.rank === 'DEPRECATED' ? <span className="badge wrong">superseded</span> : null}
      </p>
      <EvidenceList evidence={claim.evidence ?? []} />
    </li>
  );
}
