import { type DraftClaim, modalities } from '@/lib/review.ts';

export type ClaimState = 'open' | 'accepted' | 'existing';

/** A draft claim with its evidence, to accept (creating actors it needs) or reject. */
export function DraftClaimItem({
  claim,
  names,
  state,
  busy,
  onAccept,
  onReject,
}: {
  claim: DraftClaim;
  /** What each side is, in words: a known actor's name, or the draft's with "(new)". */
  names: { subject: string; object: string | null };
  state: ClaimState;
  busy: boolean;
  onAccept: () => void;
  onReject: () => void;
}) {
  const { start, end, quote } = claim.evidence;
  return (
    <li>
      <p>
        {claim.statement}{' '}
        <span className="badge">{modalities[claim.modality] ?? claim.modality.toLowerCase()}</span>{' '}
        {state === 'accepted' ? <span className="badge right">accepted</span> : null}
        {state === 'existing' ? <span className="badge right">already a claim</span> : null}
      </p>
      <p className="hint">
        {names.subject} · <code>{claim.predicate}</code>
        {names.object ? ` · ${names.object}` : ''}
        {claim.value ? ` · “${claim.value}”` : ''}
      </p>
      <blockquote className="evidence">
        <p>“{quote}”</p>
        <cite>
          <a href={`#at-${start}`}>
            Show in the text<span className="visually-hidden">: {claim.statement}</span>
          </a>{' '}
          <span className="muted">
            (characters {start}–{end})
          </span>
        </cite>
      </blockquote>
      {state === 'open' ? (
        <p className="actions">
          <button type="button" className="small" disabled={busy} onClick={onAccept}>
            Accept<span className="visually-hidden"> the claim: {claim.statement}</span>
          </button>
          <button type="button" className="secondary small" disabled={busy} onClick={onReject}>
            Reject<span className="visually-hidden"> the claim: {claim.statement}</span>
          </button>
        </p>
      ) : null}
    </li>
  );
}
