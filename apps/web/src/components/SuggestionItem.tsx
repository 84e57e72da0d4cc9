import type { Suggestion } from '@/lib/review.ts';

export type SuggestionState = 'open' | 'accepted' | 'dismissed';

/** A suggested corroboration or dispute of a known claim by a draft, to accept or dismiss. */
export function SuggestionItem({
  suggestion,
  statement,
  state,
  busy,
  onAccept,
  onDismiss,
}: {
  suggestion: Suggestion;
  /** The draft claim's statement, as it would be accepted. */
  statement: string;
  state: SuggestionState;
  busy: boolean;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  const known = suggestion.knownClaim?.statement ?? 'a claim of the collection';
  const dispute = suggestion.kind === 'POSSIBLE_DISPUTE';
  const what = dispute ? 'dispute' : 'corroboration';
  return (
    <li>
      <p>
        <span className="badge">{dispute ? 'possible dispute' : 'corroborates'}</span>{' '}
        {dispute && suggestion.aspect ? (
          <span className="badge">{suggestion.aspect.toLowerCase()}</span>
        ) : null}{' '}
        {state === 'accepted' ? <span className="badge right">accepted</span> : null}
      </p>
      <p>
        “{statement}” {dispute ? 'may contradict' : 'says what'} “{known}”{dispute ? '' : ' says'}.
      </p>
      <p className="hint">{suggestion.reason}</p>
      {state === 'open' ? (
        <p className="actions">
          <button type="button" className="small" disabled={busy} onClick={onAccept}>
            {dispute ? 'Record the dispute' : 'Add as evidence'}
            <span className="visually-hidden">
              {' '}
              ({what}): {statement}
            </span>
          </button>
          <button type="button" className="secondary small" disabled={busy} onClick={onDismiss}>
            Dismiss
            <span className="visually-hidden">
              {' '}
              the {what}: {statement}
            </span>
          </button>
        </p>
      ) : null}
    </li>
  );
}
