'use client';

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  type ActorEdits,
  type ActorRef,
  actorKinds,
  type DraftActor,
  linkedBy,
} from '@/lib/review.ts';
import { ActorKindSelect } from './ActorSelect.tsx';
import { TextField } from './TextField.tsx';

/**
 * A draft actor: the known actor it was linked to, or a proposed new one to accept, rename or
 * re-kind first, or reject. `actor` already carries the curator's edits.
 */
export function DraftActorItem({
  actor,
  edited,
  created,
  busy,
  onAccept,
  onEdit,
  onReject,
}: {
  actor: DraftActor;
  edited: boolean;
  created: ActorRef | undefined;
  busy: boolean;
  onAccept: () => void;
  onEdit: (edits: ActorEdits) => Promise<boolean>;
  onReject: () => void;
}) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(actor.name);
  const [kind, setKind] = useState(actor.kind);
  const nameField = useRef<HTMLInputElement>(null);
  // Opened by a button that is now gone: keyboard users continue in the form.
  useEffect(() => {
    if (editing) nameField.current?.focus();
  }, [editing]);
  const first = actor.mentions[0];
  const mentions = actor.mentions.length;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return;
    if (await onEdit({ name: name.trim(), kind })) setEditing(false);
  }

  return (
    <li>
      <p>
        <strong>{actor.name}</strong>{' '}
        <span className="badge">{actorKinds[actor.kind] ?? actor.kind.toLowerCase()}</span>{' '}
        {edited ? <span className="badge">edited</span> : null}{' '}
        {actor.match ? (
          <span className="badge right">
            is {actor.match.name}
            {actor.matchedBy && linkedBy[actor.matchedBy] ? `, ${linkedBy[actor.matchedBy]}` : ''}
          </span>
        ) : created ? (
          <span className="badge right">added</span>
        ) : (
          <span className="badge">new</span>
        )}
      </p>
      <p className="hint">
        {mentions} {mentions === 1 ? 'mention' : 'mentions'}
        {first ? (
          <>
            {' · '}
            <a href={`#at-${first.start}`}>
              Show in the text<span className="visually-hidden">: {actor.name}</span>
            </a>
          </>
        ) : null}
      </p>
      {actor.match || created ? null : editing ? (
        <form onSubmit={save} className="inline-form" aria-label={`Edit the actor ${actor.name}`}>
          <TextField
            id={`${id}-name`}
            label="Name"
            ref={nameField}
            maxLength={300}
            required
            value={name}
            onValue={setName}
          />
          <ActorKindSelect id={`${id}-kind`} value={kind} onChange={setKind} />
          <button type="submit" className="small" disabled={busy}>
            Save the edits
          </button>
          <button type="button" className="secondary small" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <p className="actions">
          <button type="button" className="small" disabled={busy} onClick={onAccept}>
            Accept<span className="visually-hidden"> the actor {actor.name}</span>
          </button>
          <button
            type="button"
            className="secondary small"
            disabled={busy}
            onClick={() => {
              setName(actor.name);
              setKind(actor.kind);
              setEditing(true);
            }}
          >
            Edit<span className="visually-hidden"> the actor {actor.name}</span>
          </button>
          <button type="button" className="secondary small" disabled={busy} onClick={onReject}>
            Reject<span className="visually-hidden"> the actor {actor.name}</span>
          </button>
        </p>
      )}
    </li>
  );
}
