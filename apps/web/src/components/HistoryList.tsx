'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { request } from '@/lib/client.ts';
import { graphql } from '@/lib/graphql.ts';
import { describe } from '@/lib/problems.ts';

export interface ChangeRow {
  id: string;
  summary: string;
  by: string | null;
  /** Already formatted on the server, so hydration never disagrees about time zones. */
  at: string;
  reverted: boolean;
  isRevert: boolean;
}

/** The collection's changes, newest first, each revertible until it has been. */
const RevertChange = graphql(`
  mutation RevertChange($c: ID!, $change: ID!) {
    revertChange(collection: $c, change: $change) { summary }
  }
`);

export function HistoryList({
  collectionId,
  changes,
}: {
  collectionId: string;
  changes: ChangeRow[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  async function revert(change: ChangeRow) {
    setBusy(change.id);
    setMessage('');
    setError('');
    try {
      const data = await request(RevertChange, { c: collectionId, change: change.id });
      // The revert's own summary already says what it undid ("Reverted: Added …").
      setMessage(`${data.revertChange?.summary ?? `Reverted: ${change.summary}`}.`);
      router.refresh();
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <div role="status" aria-live="polite">
        {message ? <p className="notice">{message}</p> : null}
      </div>
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
      {changes.length === 0 ? (
        <p className="muted">No changes yet.</p>
      ) : (
        <ul className="plain">
          {changes.map((c) => (
            <li key={c.id}>
              <p>
                {c.summary} {c.isRevert ? <span className="badge">revert</span> : null}{' '}
                {c.reverted ? <span className="badge wrong">reverted</span> : null}
              </p>
              <p className="hint">
                {c.by ?? 'A deleted account'} · {c.at}
              </p>
              {c.reverted ? null : (
                <p className="actions">
                  <button
                    type="button"
                    className="secondary small"
                    disabled={busy !== null}
                    onClick={() => revert(c)}
                  >
                    {busy === c.id ? 'Reverting…' : 'Revert'}
                    <span className="visually-hidden">: {c.summary}</span>
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
