'use client';

import { useRouter } from 'next/navigation';
import { request } from '@/lib/client.ts';
import { graphql } from '@/lib/graphql.ts';
import { TextField } from './TextField.tsx';
import { useSendForm } from './useSendForm.ts';

/** Name and visibility of a new collection; it opens once made. */
const CreateCollection = graphql(`
  mutation CreateCollection($input: CreateCollectionInput!) {
    createCollection(input: $input) @_required { slug @_required }
  }
`);

export function NewCollectionForm() {
  const router = useRouter();
  const { error, busy, submit } = useSendForm(async (form) => {
    const data = await request(CreateCollection, {
      input: {
        name: String(form.get('name') ?? ''),
        description: String(form.get('description') ?? '') || null,
        visibility: form.get('visibility') === 'PUBLIC' ? 'PUBLIC' : 'PRIVATE',
      },
    });
    router.push(`/collections/${encodeURIComponent(data.createCollection.slug)}`);
  });

  return (
    <form onSubmit={submit} className="card" aria-labelledby="new-collection">
      <h2 id="new-collection">New collection</h2>
      <TextField id="collection-name" label="Name" name="name" maxLength={200} required />
      <div className="field">
        <label htmlFor="collection-description">
          Description <span className="hint">(optional)</span>
        </label>
        <textarea id="collection-description" name="description" maxLength={1000} />
      </div>
      <fieldset>
        <legend>Who can see it</legend>
        <label className="option">
          <input type="radio" name="visibility" value="PRIVATE" defaultChecked />
          <span>Private: only you and the curators you invite</span>
        </label>
        <label className="option">
          <input type="radio" name="visibility" value="PUBLIC" />
          <span>Public: anyone can read it; only you and your curators change it</span>
        </label>
      </fieldset>
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
      <button type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create the collection'}
      </button>
    </form>
  );
}
