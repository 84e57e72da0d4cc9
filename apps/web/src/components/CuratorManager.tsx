'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { describe, gql } from '@/lib/client.ts';

/** The owner's view of the curators: invite by email, take rights away. */
export function CuratorManager({
  collectionId,
  curators,
}: {
  collectionId: string;
  curators: string[];
}) {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function change(action: 'addCurator' | 'removeCurator', who: string) {
    setBusy(true);
    setMessage('');
    setError('');
    try {
      await gql(
        `mutation ($c: ID!, $email: String!) { ${action}(collection: $c, email: $email) { id } }`,
        { c: collectionId, email: who },
      );
      setMessage(
        action === 'addCurator'
          ? `${who} is now a curator: whoever signs in with that email may change this collection.`
          : `${who} is no longer a curator.`,
      );
      if (action === 'addCurator') setEmail('');
      router.refresh();
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (email.trim()) void change('addCurator', email.trim());
  }

  return (
    <>
      {curators.length === 0 ? (
        <p className="muted">No curators yet: only you can change this collection.</p>
      ) : (
        <ul className="plain">
          {curators.map((c) => (
            <li key={c} className="row-item">
              <span>{c}</span>
              <button
                type="button"
                className="danger small"
                disabled={busy}
                onClick={() => change('removeCurator', c)}
              >
                Remove<span className="visually-hidden"> {c}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="inline-form">
        <div className="field">
          <label htmlFor="curator-email">Invite a curator by email</label>
          <input
            id="curator-email"
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <button type="submit" className="secondary" disabled={busy}>
          Add the curator
        </button>
      </form>
      <div role="status" aria-live="polite">
        {message ? <p className="notice">{message}</p> : null}
      </div>
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
    </>
  );
}
