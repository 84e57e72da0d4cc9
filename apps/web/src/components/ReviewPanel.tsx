'use client';

import { useCallback, useMemo, useState } from 'react';
import type { NewClaim } from '@/lib/accept.ts';
import { type Layer, type Range, slice, trimRange } from '@/lib/passages.ts';
import {
  type ActorRef,
  claimKey,
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
import { useCuration } from './useCuration.ts';

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
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [passage, setPassage] = useState<Range | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const byKey = useMemo(() => new Map(drafts.actors.map((a) => [a.key, a])), [drafts.actors]);
  const known = useMemo(
    () => new Set(existing.flatMap((c) => c.evidence.map((e) => claimKey(c.predicate ?? '', e)))),
    [existing],
  );

  const say = useCallback((text: string) => {
    setError('');
    setMessage(text);
  }, []);
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

  const curation = useCuration({ collectionId, sourceId, initialActors, byKey, say, fail });
  const { actors, created, accepted, busy } = curation;

  async function passageClaim(claim: Omit<NewClaim, 'evidence'>) {
    if (!passage) return false;
    const done = await curation.passageClaim(claim, passage);
    if (done) setPassage(null);
    return done;
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
      <NewActorForm busy={busy} onCreate={curation.newActor} />

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
              onAccept={() => curation.acceptClaim(c)}
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
              onAccept={() => curation.acceptActor(a)}
              onReject={() => reject(a.key, `the actor ${a.name}`)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
