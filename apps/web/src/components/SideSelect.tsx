import type { ActorRef, Side } from '@/lib/review.ts';

export const sideValue = (side: Side) =>
  side === null ? '' : 'actor' in side ? `actor:${side.actor}` : `draft:${side.draft}`;

export function sideFrom(value: string): Side {
  if (value.startsWith('actor:')) return { actor: value.slice(6) };
  if (value.startsWith('draft:')) return { draft: value.slice(6) };
  return null;
}

/** A claim's subject or object: one of the collection's actors, or a draft one it would add. */
export function SideSelect({
  id,
  label,
  value,
  actors,
  drafts,
  empty,
  onChange,
}: {
  id: string;
  label: string;
  value: Side;
  actors: ActorRef[];
  /** New actors the drafts propose, by their kept key: added when the claim is accepted. */
  drafts: { key: string; name: string }[];
  empty: string;
  onChange: (side: Side) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={sideValue(value)} onChange={(e) => onChange(sideFrom(e.target.value))}>
        <option value="">{empty}</option>
        <optgroup label="The collection's actors">
          {actors.map((a) => (
            <option key={a.id} value={`actor:${a.id}`}>
              {a.name}
            </option>
          ))}
        </optgroup>
        {drafts.length ? (
          <optgroup label="New, from the drafts">
            {drafts.map((d) => (
              <option key={d.key} value={`draft:${d.key}`}>
                {d.name} (new)
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}
