import type { FormEvent } from 'react';
import { typeLabels } from '@/lib/quiz.ts';
import { ActorOptions } from './ActorSelect.tsx';

/** An actor or source to filter by. */
export interface Choice {
  id: string;
  name?: string | null;
  title?: string | null;
}

/** Which generated questions to show: about an actor, from a source, of a kind. */
export function GeneratedFilters({
  actors,
  sources,
  busy,
  onSearch,
}: {
  actors: Choice[];
  sources: Choice[];
  busy: boolean;
  onSearch(event: FormEvent<HTMLFormElement>): void;
}) {
  return (
    <form onSubmit={onSearch} className="row">
      <div className="field">
        <label htmlFor="pick-actor">About</label>
        <select id="pick-actor" name="actor" defaultValue="">
          <ActorOptions actors={actors} none="Anyone" />
        </select>
      </div>
      <div className="field">
        <label htmlFor="pick-source">From</label>
        <select id="pick-source" name="source" defaultValue="">
          <option value="">Any source</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pick-type">Kind</label>
        <select id="pick-type" name="type" defaultValue="">
          <option value="">Any kind</option>
          {Object.entries(typeLabels).map(([t, label]) => (
            <option key={t} value={t}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <button type="submit" className="secondary" disabled={busy}>
          {busy ? 'Finding…' : 'Show questions'}
        </button>
      </div>
    </form>
  );
}
