'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { request } from '@/lib/client.ts';
import { graphql } from '@/lib/graphql.ts';
import { describe, isProblem } from '@/lib/problems.ts';

export interface SetRow {
  id: string;
  title: string;
  published: boolean;
  /** The last edit, already formatted (on the server: no time-zone mismatch on hydration). */
  edited: string | null;
}

const DuplicateSet = graphql(`
  mutation DuplicateSet($id: ID!) { duplicateQuestionSet(id: $id) @_required { title } }
`);

const DeleteSet = graphql(`
  mutation DeleteSet($id: ID!) { deleteQuestionSet(id: $id) }
`);

const gone =
  'This set no longer exists: it may have been deleted in another tab. The list is now up to date.';

/** What went wrong, in words; a set that has gone meanwhile gets its own message. */
function problem(error: unknown): string {
  if (isProblem(error, 'not-found')) return gone;
  return describe(error);
}

/** The instructor's sets, each with Duplicate and Delete (after a confirmation). */
export function SetList({ sets }: { sets: SetRow[] }) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);

  const [cancelled, setCancelled] = useState<string | null>(null);

  // The question takes the focus; cancelling gives it back to the Delete button.
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (cancelled) document.getElementById(`delete-${cancelled}`)?.focus();
  }, [cancelled]);

  async function act(set: SetRow, action: 'duplicate' | 'delete') {
    setBusy(set.id);
    setError('');
    setMessage('');
    try {
      if (action === 'duplicate') {
        const data = await request(DuplicateSet, { id: set.id });
        setMessage(`“${set.title}” duplicated as “${data.duplicateQuestionSet.title}”.`);
      } else {
        await request(DeleteSet, { id: set.id });
        setMessage(`“${set.title}” deleted.`);
      }
    } catch (e) {
      setError(problem(e));
    } finally {
      setBusy(null);
      setConfirming(null);
      router.refresh();
    }
  }

  return (
    <>
      <div role="status" aria-live="polite">
        {message ? <p className="notice">{message}</p> : null}
      </div>
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
      {sets.length === 0 ? (
        <p className="notice">No sets yet: create one, then add questions made from the sources.</p>
      ) : (
        <ul className="plain">
          {sets.map((s) => (
            <li key={s.id}>
              <a href={`/studio/sets/${encodeURIComponent(s.id)}`}>{s.title}</a>{' '}
              <span className={`badge ${s.published ? 'right' : ''}`}>
                {s.published ? 'published' : 'draft'}
              </span>
              {s.edited ? <span className="muted"> · edited {s.edited}</span> : null}
              {confirming === s.id ? (
                <div className="confirm">
                  <p ref={question} tabIndex={-1}>
                    Delete “{s.title}”? Its share link stops working; the attempts learners made are
                    kept.
                  </p>
                  <p className="actions">
                    <button
                      type="button"
                      className="danger small"
                      disabled={busy !== null}
                      onClick={() => act(s, 'delete')}
                    >
                      {busy === s.id ? 'Deleting…' : 'Yes, delete it'}
                    </button>
                    <button
                      type="button"
                      className="secondary small"
                      disabled={busy !== null}
                      onClick={() => {
                        setConfirming(null);
                        setCancelled(s.id);
                      }}
                    >
                      Cancel
                    </button>
                  </p>
                </div>
              ) : (
                <p className="actions">
                  <button
                    type="button"
                    className="secondary small"
                    disabled={busy !== null}
                    onClick={() => act(s, 'duplicate')}
                  >
                    {busy === s.id ? 'Duplicating…' : 'Duplicate'}
                    <span className="visually-hidden"> “{s.title}”</span>
                  </button>
                  <button
                    id={`delete-${s.id}`}
                    type="button"
                    className="danger small"
                    disabled={busy !== null}
                    onClick={() => {
                      setMessage('');
                      setError('');
                      setCancelled(null);
                      setConfirming(s.id);
                    }}
                  >
                    Delete<span className="visually-hidden"> “{s.title}”</span>
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
