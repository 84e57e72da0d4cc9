'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { request } from '@/lib/client.ts';
import { graphql } from '@/lib/graphql.ts';
import { describe } from '@/lib/problems.ts';
import { TextField } from './TextField.tsx';

/** The owner's view of the curators: invite by email, take rights away. */
const AddCurator = graphql(`
  mutation AddCurator($c: ID!, $email: String!) { addCurator(collection: $c, email: $email) { id } }
`);

const RemoveCurator = graphql(`
  mutation RemoveCurator($c: ID!, $email: String!) {
    removeCurator(collection: $c, email: $email) { id }
  }
`);

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
      const variables = { c: collectionId, email: who };
      if (action === 'addCurator') await request(AddCurator, variables);
      else await request(RemoveCurator, variables);
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
        <TextField
          id="curator-email"
          label="Invite a curator by email"
          type="email"
          autoComplete="off"
          required
          value={email}
          onValue={setEmail}
        />
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
