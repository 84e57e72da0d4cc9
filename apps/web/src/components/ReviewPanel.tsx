'use client';

import { useCallback, useMemo, useState } from 'react';
import { createActor, createClaim, type NewClaim } from '@/lib/accept.ts';
import { describe } from '@/lib/client.ts';
import { type Layer, type Range, slice, trimRange } from '@/lib/passages.ts';
import {
  type ActorRef,
  claimKey,
  type DraftActor,
  type DraftClaim,
  type ExistingClaim,
  type Extraction,
  type Predicate,
} from '@/lib/review.ts';
import { DraftActorItem } from './DraftActorItem.tsx';
import { type ClaimState, DraftClaimItem } from './DraftClaimItem.tsx';
import { DraftQuoteItem } from './DraftQuoteItem.tsx';
import { DraftText } from './DraftText.tsx';
import { NewActorForm } from './NewActorForm.tsx';
import { PassageClaimForm } from './PassageClaimForm.tsx';

/** Whose words or view a claim of these kinds is: its subject's, when made by hand. */
const spoken = new Set(['QUOTE', 'OPINION', 'DENIAL']);

/**
 * A curator's review of one source: the drafts extraction proposed, highlighted in the text, to
 * accept or reject, and claims made by hand from any passage. What was accepted is written at
 * once; rejections only hide drafts here (nothing is stored for them).
 */
export function ReviewPanel({
  collectionId,
  sourceId,
  text,
  drafts,
  actors: initialActors,
  predicates,
  existing,
}: {
  collectionId: string;
  sourceId: string;
  text: string;
  drafts: Extraction;
  actors: ActorRef[];
  predicates: Predicate[];
  existing: ExistingClaim[];
}) {
  const chars = useMemo(() => Array.from(text), [text]);
  const [actors, setActors] = useState(initialActors);
  const [created, setCreated] = useState<Record<string, ActorRef>>({});
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [passage, setPassage] = useState<Range | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const byKey = useMemo(() => new Map(drafts.actors.map((a) => [a.key, a])), [drafts.actors]);
  const known = useMemo(
    () => new Set(existing.flatMap((c) => c.evidence.map((e) => claimKey(c.predicate ?? '', e)))),
    [existing],
  );

  const say = (text: string) => {
    setError('');
    setMessage(text);
  };
  const fail = useCallback((text: string) => {
    setMessage('');
    setError(text);
  }, []);

  const choose = useCallback(
    (range: Range) => {
      const trimmed = trimRange(chars, range);
      if (trimmed) setPassage(trimmed);
    },
    [chars],
  );

  /** The collection's actor for a draft: its match, one made earlier, or a new one made now. */
  async function actorFor(draft: DraftActor, made: Record<string, ActorRef>): Promise<ActorRef> {
    if (draft.match) return { id: draft.match.id, name: draft.match.name ?? draft.name };
    const earlier = made[draft.key];
    if (earlier) return earlier;
    const actor = await createActor(collectionId, draft);
    made[draft.key] = actor;
    return actor;
  }

  function remember(made: Record<string, ActorRef>) {
    setCreated({ ...made });
    setActors((list) => {
      const ids = new Set(list.map((a) => a.id));
      return [...list, ...Object.values(made).filter((a) => !ids.has(a.id))];
    });
  }

  async function acceptActor(draft: DraftActor) {
    setBusy(true);
    const made = { ...created };
    try {
      const actor = await actorFor(draft, made);
      say(`Added the actor ${actor.name}.`);
    } catch (e) {
      fail(`The actor ${draft.name} was not added: ${describe(e)}`);
    } finally {
      remember(made);
      setBusy(false);
    }
  }

  async function acceptClaim(claim: DraftClaim) {
    setBusy(true);
    const made = { ...created };
    const before = Object.keys(made).length;
    try {
      const side = async (ref: { key: string } | null) => {
        const draft = ref ? byKey.get(ref.key) : undefined;
        return draft ? (await actorFor(draft, made)).id : null;
      };
      const subject = await side(claim.subject);
      if (!subject) throw new Error('The draft has no subject.');
      const saved = await createClaim(collectionId, {
        subject,
        predicate: claim.predicate,
        object: await side(claim.object),
        value: claim.value,
        speaker: await side(claim.speaker),
        statement: claim.statement,
        modality: claim.modality,
        evidence: [{ source: sourceId, start: claim.evidence.start, end: claim.evidence.end }],
      });
      setAccepted((s) => new Set(s).add(claim.key));
      const added = Object.keys(made).length - before;
      say(
        `Claim added: ${saved.statement || claim.statement}${added ? ` (with ${added} new ${added === 1 ? 'actor' : 'actors'})` : ''}.`,
      );
    } catch (e) {
      fail(`The claim was not added: ${describe(e)}`);
    } finally {
      remember(made);
      setBusy(false);
    }
  }

  async function newActor(actor: { name: string; kind: string }) {
    setBusy(true);
    try {
      const made = await createActor(collectionId, actor);
      setActors((list) => [...list, made]);
      say(`Added the actor ${made.name}.`);
      return true;
    } catch (e) {
      fail(`The actor was not added: ${describe(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function passageClaim(claim: Omit<NewClaim, 'evidence'>) {
    if (!passage) return false;
    setBusy(true);
    try {
      const saved = await createClaim(collectionId, {
        ...claim,
        speaker: spoken.has(claim.modality ?? '') ? claim.subject : null,
        evidence: [{ source: sourceId, ...passage }],
      });
      say(`Claim added: ${saved.statement}.`);
      setPassage(null);
      return true;
    } catch (e) {
      fail(`The claim was not added: ${describe(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const reject = (key: string, what: string) => {
    setRejected((s) => new Set(s).add(key));
    say(`Rejected ${what}.`);
  };

  const claimState = (c: DraftClaim): ClaimState =>
    accepted.has(c.key)
      ? 'accepted'
      : known.has(claimKey(c.predicate, c.evidence))
        ? 'existing'
        : 'open';
  const nameOf = (ref: { key: string } | null) => {
    const draft = ref ? byKey.get(ref.key) : undefined;
    if (!draft) return null;
    if (draft.match) return draft.match.name ?? draft.name;
    return created[draft.key] ? draft.name : `${draft.name} (new)`;
  };

  const shownActors = useMemo(
    () => drafts.actors.filter((a) => !rejected.has(a.key)),
    [drafts, rejected],
  );
  const shownClaims = useMemo(
    () => drafts.claims.filter((c) => !rejected.has(c.key)),
    [drafts, rejected],
  );
  const layers: Layer[] = useMemo(
    () => [
      { name: 'mention', ranges: shownActors.flatMap((a) => a.mentions) },
      { name: 'quote', ranges: drafts.quotes },
      { name: 'evidence', ranges: shownClaims.map((c) => c.evidence) },
    ],
    [shownActors, shownClaims, drafts.quotes],
  );
  const anchors = useMemo(() => {
    const at = new Set([
      ...drafts.actors.flatMap((a) => a.mentions.slice(0, 1).map((m) => m.start)),
      ...drafts.quotes.map((q) => q.start),
      ...drafts.claims.map((c) => c.evidence.start),
    ]);
    return [...at].map((n) => ({ id: `at-${n}`, at: n }));
  }, [drafts]);

  return (
    <section aria-labelledby="review">
      <h2 id="review">Review the drafts</h2>
      <p className="hint">
        Extraction proposed these from the text; nothing is stored until you accept it. Accepting a
        claim also adds the new actors it names.
      </p>
      <div className="live" role="status" aria-live="polite">
        {message ? <p className="notice">{message}</p> : null}
      </div>
      <div className="live" role="alert">
        {error ? <p className="problem">{error}</p> : null}
      </div>

      <h3>The text</h3>
      <p className="hint legend">
        <span className="d-mention">Actors</span> · <span className="d-quote">quotes</span> ·{' '}
        <span className="d-evidence">claims' evidence</span> ·{' '}
        <span className="d-passage">the passage chosen for a new claim</span>
      </p>
      <DraftText
        chars={chars}
        layers={layers}
        anchors={anchors}
        passage={passage}
        onSelect={choose}
      />

      <PassageClaimForm
        text={text}
        passage={passage}
        quote={passage ? slice(chars, passage) : ''}
        actors={actors}
        predicates={predicates}
        busy={busy}
        onPassage={(range, note) => {
          setPassage(range);
          say(note);
        }}
        onCreate={passageClaim}
        onProblem={fail}
      />
      <NewActorForm busy={busy} onCreate={newActor} />

      <h3 id="draft-claims">Claims ({shownClaims.length})</h3>
      {shownClaims.length === 0 ? (
        <p className="muted">No claims left to review.</p>
      ) : (
        <ul className="plain">
          {shownClaims.map((c) => (
            <DraftClaimItem
              key={c.key}
              claim={c}
              names={{ subject: nameOf(c.subject) ?? '?', object: nameOf(c.object) }}
              state={claimState(c)}
              busy={busy}
              onAccept={() => acceptClaim(c)}
              onReject={() => reject(c.key, `the claim “${c.statement}”`)}
            />
          ))}
        </ul>
      )}

      <h3 id="draft-quotes">Quotes ({drafts.quotes.length})</h3>
      {drafts.quotes.length === 0 ? (
        <p className="muted">No direct quotes found.</p>
      ) : (
        <ul className="plain">
          {drafts.quotes.map((q) => (
            <DraftQuoteItem key={`${q.start}-${q.end}`} quote={q} />
          ))}
        </ul>
      )}

      <h3 id="draft-actors">Actors ({shownActors.length})</h3>
      {shownActors.length === 0 ? (
        <p className="muted">No actors left to review.</p>
      ) : (
        <ul className="plain">
          {shownActors.map((a) => (
            <DraftActorItem
              key={a.key}
              actor={a}
              created={created[a.key]}
              busy={busy}
              onAccept={() => acceptActor(a)}
              onReject={() => reject(a.key, `the actor ${a.name}`)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
