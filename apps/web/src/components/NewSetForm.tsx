'use client';

import { useRouter } from 'next/navigation';
import { request } from '@/lib/client.ts';
import { graphql } from '@/lib/graphql.ts';
import { TextField } from './TextField.tsx';
import { useSendForm } from './useSendForm.ts';

/** A new set; given a collection, the editor opens with its questions to choose from. */
const CreateQuestionSet = graphql(`
  mutation CreateQuestionSet($title: String!, $description: String) {
    createQuestionSet(title: $title, description: $description) @_required { id }
  }
`);

export function NewSetForm({
  collection = null,
}: {
  collection?: { slug: string; name: string } | null;
}) {
  const router = useRouter();
  const { error, busy, submit } = useSendForm(async (form) => {
    const data = await request(CreateQuestionSet, {
      title: String(form.get('title')),
      description: String(form.get('description') ?? ''),
    });
    const editor = `/studio/sets/${encodeURIComponent(data.createQuestionSet.id)}`;
    router.push(
      collection ? `${editor}?collection=${encodeURIComponent(collection.slug)}` : editor,
    );
  });

  return (
    <form onSubmit={submit} className="card" id="new-set">
      <h2>New question set</h2>
      {collection ? (
        <p className="notice">Its questions will come from the collection “{collection.name}”.</p>
      ) : null}
      <TextField
        id="title"
        label="Title"
        name="title"
        required
        defaultValue={collection ? `Questions on ${collection.name}` : undefined}
      />
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
