import type { ReactNode } from 'react';
import { type DraftClaim, modalities } from '@/lib/review.ts';

export type ClaimState = 'open' | 'accepted' | 'existing';

/**
 * A draft claim with its evidence, to accept (creating actors it needs), edit first, or reject.
 * What it shows is the curator's edited version when there is one.
 */
export function DraftClaimItem({
  claim,
  shown,
  state,
  busy,
  editor,
  onAccept,
  onEdit,
  onReject,
}: {
  claim: DraftClaim;
  /** The claim as it would be accepted, in words (the edits applied). */
  shown: {
    statement: string;
    predicate: string;
    subject: string;
    object: string | null;
    value: string | null;
    edited: boolean;
    background: boolean;
  };
  state: ClaimState;
  busy: boolean;
  /** The edit form, while it is open. */
  editor: ReactNode;
  onAccept: () => void;
  onEdit: () => void;
  onReject: () => void;
}) {
  const { start, end, quote } = claim.evidence;
  return (
    <li>
      <p>
        {shown.statement}{' '}
        <span className="badge">{modalities[claim.modality] ?? claim.modality.toLowerCase()}</span>{' '}
        {shown.edited ? <span className="badge">edited</span> : null}{' '}
        {shown.background ? <span className="badge">background</span> : null}{' '}
        {state === 'accepted' ? <span className="badge right">accepted</span> : null}
        {state === 'existing' ? <span className="badge right">already a claim</span> : null}
      </p>
      <p className="hint">
        {shown.subject} · <code>{shown.predicate}</code>
        {shown.object ? ` · ${shown.object}` : ''}
        {shown.value ? ` · “${shown.value}”` : ''}
      </p>
      <blockquote className="evidence">
        <p>“{quote}”</p>
        <cite>
          <a href={`#at-${start}`}>
            Show in the text<span className="visually-hidden">: {shown.statement}</span>
          </a>{' '}
          <span className="muted">
            (characters {start}–{end})
          </span>
        </cite>
      </blockquote>
      {state === 'open'
        ? (editor ?? (
            <p className="actions">
              <button type="button" className="small" disabled={busy} onClick={onAccept}>
                Accept<span className="visually-hidden"> the claim: {shown.statement}</span>
              </button>
              <button type="button" className="secondary small" disabled={busy} onClick={onEdit}>
                Edit<span className="visually-hidden"> the claim: {shown.statement}</span>
              </button>
              <button type="button" className="secondary small" disabled={busy} onClick={onReject}>
                Reject<span className="visually-hidden"> the claim: {shown.statement}</span>
              </button>
            </p>
          ))
        : null}
    </li>
  );
}
