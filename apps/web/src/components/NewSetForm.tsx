'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { describe, gql } from '@/lib/client.ts';

export function NewSetForm() {
  const router = useRouter();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError('');
    try {
      const data = await gql<{ createQuestionSet: { id: string } }>(
        `mutation ($title: String!, $description: String) {
          createQuestionSet(title: $title, description: $description) { id } }`,
        { title: String(form.get('title')), description: String(form.get('description') ?? '') },
      );
      router.push(`/studio/sets/${encodeURIComponent(data.createQuestionSet.id)}`);
    } catch (e) {
      setError(describe(e));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="card">
      <h2>New question set</h2>
      <div className="field">
        <label htmlFor="title">Title</label>
        <input id="title" name="title" type="text" required />
      </div>
      <div className="field">
        <label htmlFor="description">
          Description <span className="hint">(optional, learners see it)</span>
        </label>
        <textarea id="description" name="description" />
      </div>
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
      <button type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create the set'}
      </button>
    </form>
  );
}
