'use client';

import { type FormEvent, useState } from 'react';
import type { SchemaType } from '@/lib/graphql.ts';
import { ActorKindSelect } from './ActorSelect.tsx';
import { TextField } from './TextField.tsx';

/** A new actor by name and kind, for a claim whose subject or object the drafts did not offer. */
export function NewActorForm({
  busy,
  onCreate,
}: {
  busy: boolean;
  onCreate: (actor: { name: string; kind: SchemaType<'ActorKind'> }) => Promise<boolean>;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SchemaType<'ActorKind'>>('PERSON');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() && (await onCreate({ name: name.trim(), kind }))) setName('');
  }

  return (
    <form onSubmit={submit} className="inline-form" aria-label="Add an actor">
      <TextField
        id="new-actor-name"
        label="New actor"
        maxLength={300}
        required
        value={name}
        onValue={setName}
      />
      <ActorKindSelect id="new-actor-kind" value={kind} onChange={setKind} />
      <button type="submit" className="secondary" disabled={busy}>
        Add the actor
      </button>
    </form>
  );
}
