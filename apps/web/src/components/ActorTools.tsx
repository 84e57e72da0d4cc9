'use client';

import { type FormEvent, useState } from 'react';
import type { ActorRef } from '@/lib/review.ts';
import { ActorSelect } from './ActorSelect.tsx';
import { TextField } from './TextField.tsx';

/**
 * Tidying the collection's actors from the review: folding a duplicate into the actor kept
 * (its claims move over, its name becomes an alias) and adding another name an actor goes by.
 */
export function ActorTools({
  actors,
  busy,
  onMerge,
  onAlias,
  onProblem,
}: {
  actors: ActorRef[];
  busy: boolean;
  onMerge: (keep: string, merge: string) => Promise<boolean>;
  onAlias: (actor: string, alias: string) => Promise<boolean>;
  onProblem: (message: string) => void;
}) {
  const [keep, setKeep] = useState('');
  const [merge, setMerge] = useState('');
  const [aliasOf, setAliasOf] = useState('');
  const [alias, setAlias] = useState('');

  async function submitMerge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!keep || !merge) return onProblem('Choose the actor to keep and its duplicate.');
    if (keep === merge) return onProblem('Choose two different actors to merge.');
    if (await onMerge(keep, merge)) setMerge('');
  }

  async function submitAlias(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!aliasOf) return onProblem('Choose the actor the alias names.');
    if (!alias.trim()) return onProblem('Write the alias.');
    if (await onAlias(aliasOf, alias.trim())) setAlias('');
  }

  return (
    <details className="card">
      <summary>Merge duplicate actors, add aliases</summary>
      <form onSubmit={submitMerge} aria-labelledby="merge-actors">
        <h4 id="merge-actors">Merge duplicates</h4>
        <div className="row">
          <ActorSelect
            id="merge-keep"
            label="Keep"
            actors={actors}
            value={keep}
            onChange={setKeep}
          />
          <ActorSelect
            id="merge-duplicate"
            label="Its duplicate (merged in, then removed)"
            actors={actors}
            value={merge}
            onChange={setMerge}
          />
        </div>
        <button type="submit" className="secondary" disabled={busy}>
          Merge the actors
        </button>
      </form>
      <form onSubmit={submitAlias} aria-labelledby="add-alias">
        <h4 id="add-alias">Add an alias</h4>
        <div className="row">
          <ActorSelect
            id="alias-actor"
            label="Actor"
            actors={actors}
            value={aliasOf}
            onChange={setAliasOf}
          />
          <TextField
            id="alias-name"
            label="Alias"
            maxLength={300}
            value={alias}
            onValue={setAlias}
          />
        </div>
        <button type="submit" className="secondary" disabled={busy}>
          Add the alias
        </button>
      </form>
    </details>
  );
}
