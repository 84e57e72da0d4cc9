'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { request } from '@/lib/client.ts';
import { graphql } from '@/lib/graphql.ts';
import { describe } from '@/lib/problems.ts';

type Visibility = 'PUBLIC' | 'PRIVATE';

/** The owner's choice of who sees the collection: everyone, or its owner and curators only. */
const SetVisibility = graphql(`
  mutation SetVisibility($c: ID!, $v: CollectionVisibility!) {
    updateCollection(id: $c, input: { visibility: $v }) { id }
  }
`);

export function VisibilitySwitch({
  collectionId,
  visibility,
}: {
  collectionId: string;
  visibility: Visibility;
}) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const next: Visibility = visibility === 'PUBLIC' ? 'PRIVATE' : 'PUBLIC';

  async function change() {
    setBusy(true);
    setMessage('');
    setError('');
    try {
      await request(SetVisibility, { c: collectionId, v: next });
      setMessage(
        next === 'PUBLIC'
          ? 'The collection is public: anyone can read it and quiz on it.'
          : 'The collection is private: only you and its curators see it.',
      );
      router.refresh();
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="inline-form">
      <p>
        {visibility === 'PUBLIC'
          ? 'Public: anyone can read this collection and quiz on it.'
          : 'Private: only you and its curators see this collection.'}
      </p>
      <button type="button" className="secondary" disabled={busy} onClick={change}>
        {next === 'PUBLIC' ? 'Make it public' : 'Make it private'}
      </button>
      <div role="status" aria-live="polite">
        {message ? <p className="notice">{message}</p> : null}
      </div>
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
    </div>
  );
}
