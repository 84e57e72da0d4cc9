import { type ActorRef, actorKinds, type DraftActor, linkedBy } from '@/lib/review.ts';

/** A draft actor: the known actor it was linked to, or a proposed new one to accept or reject. */
export function DraftActorItem({
  actor,
  created,
  busy,
  onAccept,
  onReject,
}: {
  actor: DraftActor;
  created: ActorRef | undefined;
  busy: boolean;
  onAccept: () => void;
  onReject: () => void;
}) {
  const first = actor.mentions[0];
  const mentions = actor.mentions.length;
  return (
    <li>
      <p>
        <strong>{actor.name}</strong>{' '}
        <span className="badge">{actorKinds[actor.kind] ?? actor.kind.toLowerCase()}</span>{' '}
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
      {actor.match || created ? null : (
        <p className="actions">
          <button type="button" className="small" disabled={busy} onClick={onAccept}>
            Accept<span className="visually-hidden"> the actor {actor.name}</span>
          </button>
          <button type="button" className="secondary small" disabled={busy} onClick={onReject}>
            Reject<span className="visually-hidden"> the actor {actor.name}</span>
          </button>
        </p>
      )}
    </li>
  );
}
