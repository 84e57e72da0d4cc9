'use client';

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ActorRef, ClaimEdits, Predicate } from '@/lib/review.ts';
import { SideSelect } from './SideSelect.tsx';

/**
 * Edits a draft claim before it is accepted: its statement, its predicate (typed, from the
 * vocabulary), its subject and object, a literal value and the background flag. Saving keeps
 * the edits; accepting the claim afterwards uses them.
 */
export function DraftClaimEditor({
  start,
  actors,
  drafts,
  predicates,
  busy,
  onSave,
  onCancel,
}: {
  start: ClaimEdits;
  actors: ActorRef[];
  drafts: { key: string; name: string }[];
  predicates: Predicate[];
  busy: boolean;
  onSave: (edits: ClaimEdits) => Promise<boolean>;
  onCancel: () => void;
}) {
  const id = useId();
  const [edits, setEdits] = useState(start);
  const [problem, setProblem] = useState('');
  const first = useRef<HTMLInputElement>(null);
  // Opened by a button that is now gone: keyboard users continue in the form.
  useEffect(() => first.current?.focus(), []);
  const set = (change: Partial<ClaimEdits>) => setEdits((e) => ({ ...e, ...change }));
  const typed = edits.predicate.trim().toLowerCase();
  const predicate = predicates.find(
    (p) => p.key.toLowerCase() === typed || p.label.toLowerCase() === typed,
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!predicate)
      return setProblem(`“${edits.predicate.trim()}” is no predicate: pick one from the list.`);
    if (!edits.subject) return setProblem('Choose the subject of the claim.');
    if (predicate.object === 'ACTOR' && !edits.object)
      return setProblem(`“${predicate.label}” needs an object: choose one of the actors.`);
    if (predicate.object === 'VALUE' && !edits.value.trim())
      return setProblem(`“${predicate.label}” needs a value.`);
    if (!edits.statement.trim()) return setProblem('The statement cannot be blank.');
    setProblem('');
    await onSave({ ...edits, predicate: predicate.key, statement: edits.statement.trim() });
  }

  return (
    <form onSubmit={submit} className="card" aria-label="Edit the draft claim">
      <div className="field">
        <label htmlFor={`${id}-statement`}>Statement</label>
        <input
          id={`${id}-statement`}
          ref={first}
          type="text"
          maxLength={500}
          value={edits.statement}
          onChange={(e) => set({ statement: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-predicate`}>Predicate</label>
        <input
          id={`${id}-predicate`}
          type="text"
          list="predicate-list"
          autoComplete="off"
          value={edits.predicate}
          onChange={(e) => set({ predicate: e.target.value })}
          aria-describedby={`${id}-predicate-hint`}
        />
        <span id={`${id}-predicate-hint`} className="hint">
          {predicate
            ? (predicate.description ?? predicate.label)
            : 'Type to pick from the vocabulary.'}
        </span>
      </div>
      <div className="row">
        <SideSelect
          id={`${id}-subject`}
          label="Subject"
          value={edits.subject}
          actors={actors}
          drafts={drafts}
          empty="Choose an actor"
          onChange={(subject) => set({ subject })}
        />
        {predicate?.object === 'VALUE' ? null : (
          <SideSelect
            id={`${id}-object`}
            label="Object"
            value={edits.object}
            actors={actors}
            drafts={drafts}
            empty="None"
            onChange={(object) => set({ object })}
          />
        )}
      </div>
      {predicate?.object === 'ACTOR' ? null : (
        <div className="field">
          <label htmlFor={`${id}-value`}>
            Value <span className="hint">(when the object is no actor)</span>
          </label>
          <input
            id={`${id}-value`}
            type="text"
            maxLength={500}
            value={edits.value}
            onChange={(e) => set({ value: e.target.value })}
          />
        </div>
      )}
      <label className="option">
        <input
          type="checkbox"
          checked={edits.background}
          onChange={(e) => set({ background: e.target.checked })}
        />
        Background (common knowledge the text restates): never asked in quizzes
      </label>
      {problem ? (
        <p className="problem" role="alert">
          {problem}
        </p>
      ) : null}
      <p className="actions">
        <button type="submit" className="small" disabled={busy}>
          Save the edits
        </button>
        <button type="button" className="secondary small" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
