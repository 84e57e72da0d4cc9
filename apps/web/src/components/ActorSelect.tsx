import type { ReactNode } from 'react';
import type { SchemaType } from '@/lib/graphql.ts';
import { actorKinds } from '@/lib/review.ts';

interface Named {
  id: string;
  name?: string | null;
}

/** The options of a select of actors, by ID, after the empty choice `none`. */
export function ActorOptions({ actors, none }: { actors: readonly Named[]; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {actors.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </>
  );
}

/** A labelled field choosing one of the collection's actors ('' until one is chosen). */
export function ActorSelect({
  id,
  label,
  actors,
  value,
  onChange,
  none = 'Choose an actor',
}: {
  id: string;
  label: ReactNode;
  actors: readonly Named[];
  value: string;
  onChange: (id: string) => void;
  none?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <ActorOptions actors={actors} none={none} />
      </select>
    </div>
  );
}

type ActorKind = SchemaType<'ActorKind'>;

/** A labelled field choosing an actor's kind (person, country, …). */
export function ActorKindSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: ActorKind;
  onChange: (kind: ActorKind) => void;
}) {
  return (
    <div className="field narrow">
      <label htmlFor={id}>Kind</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ActorKind)}>
        {Object.entries(actorKinds).map(([kind, label]) => (
          <option key={kind} value={kind}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
