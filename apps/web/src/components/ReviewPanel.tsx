'use client';

import { useCallback, useMemo, useState } from 'react';
import type { NewClaim } from '@/lib/accept.ts';
import { type Layer, type Range, slice, trimRange } from '@/lib/passages.ts';
import { describe } from '@/lib/problems.ts';
import {
  type ActorRef,
  asActorEdits,
  asClaimEdits,
  type ClaimEdits,
  claimKey,
  type Decision,
  type DraftActor,
  type DraftClaim,
  draftActorKey,
  draftClaimKey,
  type ExistingClaim,
  type Extraction,
  type Predicate,
  type Side,
  type Suggestion,
  suggestionKey,
} from '@/lib/review.ts';
import { ActorTools } from './ActorTools.tsx';
import { DraftActorItem } from './DraftActorItem.tsx';
import { DraftClaimEditor } from './DraftClaimEditor.tsx';
import { type ClaimState, DraftClaimItem } from './DraftClaimItem.tsx';
import { DraftQuoteItem } from './DraftQuoteItem.tsx';
import { DraftText } from './DraftText.tsx';
import { NewActorForm } from './NewActorForm.tsx';
import { PassageClaimForm } from './PassageClaimForm.tsx';
import { SuggestionItem, type SuggestionState } from './SuggestionItem.tsx';
import { useCuration } from './useCuration.ts';
import { useDecisions } from './useDecisions.ts';

/**
 * A curator's review of one source: the drafts extraction proposed, highlighted in the text, to
 * accept, edit or reject; claims made by hand from any passage; duplicate actors merged and
 * aliases added; suggested disputes and corroborations accepted or dismissed. What is accepted
 * is written at once; rejections, dismissals and edits are kept per source, so a reload shows
 * the review as it was left.
 */
export function ReviewPanel({
  collectionId,
  sourceId,
  text,
  drafts,
  actors: initialActors,
  predicates,
  existing,
  decisions: initialDecisions,
}: {
  collectionId: string;
  sourceId: string;
  text: string;
  drafts: Extraction;
  actors: ActorRef[];
  predicates: Predicate[];
  existing: ExistingClaim[];
  decisions: Record<string, Decision>;
}) {
  const chars = useMemo(() => Array.from(text), [text]);
  const [passage, setPassage] = useState<Range | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const kept = useDecisions({ collectionId, sourceId, initial: initialDecisions });

  // Each draft actor's kept key comes from the name extraction gave it, before any edit.
  const stableOf = useMemo(
    () => new Map(drafts.actors.map((a) => [a.key, draftActorKey(a)])),
    [drafts.actors],
  );
  const effective: DraftActor[] = useMemo(
    () =>
      drafts.actors.map((a) => {
        const edits = asActorEdits(kept.decisions[draftActorKey(a)]?.edits);
        return edits ? { ...a, name: edits.name, kind: edits.kind } : a;
      }),
    [drafts.actors, kept.decisions],
  );
  const byKey = useMemo(() => new Map(effective.map((a) => [a.key, a])), [effective]);
  const byStableKey = useMemo(
    () => new Map(effective.map((a) => [stableOf.get(a.key) ?? a.key, a])),
    [effective, stableOf],
  );
  const existingIds = useMemo(
    () =>
      new Map(
        existing.flatMap((c) => c.evidence.map((e) => [claimKey(c.predicate ?? '', e), c.id])),
      ),
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

  const curation = useCuration({
    collectionId,
    sourceId,
    initialActors,
    byKey,
    byStableKey,
    say,
    fail,
  });
  const { actors, created, accepted, busy } = curation;

  async function passageClaim(claim: Omit<NewClaim, 'evidence'>) {
    if (!passage) return false;
    const done = await curation.passageClaim(claim, passage);
    if (done) setPassage(null);
    return done;
  }

  async function keep(key: string, decision: Decision, done: string) {
    try {
      await kept.save(key, decision);
      say(done);
      return true;
    } catch (e) {
      fail(`That was not kept: ${describe(e)}`);
      return false;
    }
  }

  const claimEdits = (c: DraftClaim) => asClaimEdits(kept.decisions[draftClaimKey(c)]?.edits);
  const claimState = (c: DraftClaim): ClaimState =>
    accepted.has(c.key)
      ? 'accepted'
      : existingIds.has(claimKey(c.predicate, c.evidence))
        ? 'existing'
        : 'open';

  const draftSide = (ref: { key: string } | null): Side => {
    const draft = ref ? byKey.get(ref.key) : undefined;
    if (!draft) return null;
    if (draft.match) return { actor: draft.match.id };
    const made = created[draft.key];
    return made ? { actor: made.id } : { draft: stableOf.get(draft.key) ?? draft.key };
  };
  const sideName = (side: Side): string | null => {
    if (side === null) return null;
    if ('actor' in side) return actors.find((a) => a.id === side.actor)?.name ?? 'an actor';
    const draft = byStableKey.get(side.draft);
    if (!draft) return null;
    return created[draft.key] ? draft.name : `${draft.name} (new)`;
  };
  const startEdits = (c: DraftClaim): ClaimEdits =>
    claimEdits(c) ?? {
      statement: c.statement,
      predicate: c.predicate,
      subject: draftSide(c.subject),
      object: draftSide(c.object),
      value: c.value ?? '',
      background: false,
    };
  const shownClaim = (c: DraftClaim) => {
    const edits = claimEdits(c);
    const e = edits ?? startEdits(c);
    return {
      statement: e.statement,
      predicate: e.predicate,
      subject: sideName(e.subject) ?? '?',
      object: sideName(e.object),
      value: e.value.trim() || null,
      edited: edits !== null,
      background: e.background,
    };
  };

  const shownActors = useMemo(
    () => effective.filter((a) => !kept.dismissed(stableOf.get(a.key) ?? a.key)),
    [effective, kept, stableOf],
  );
  const shownClaims = useMemo(
    () => drafts.claims.filter((c) => !kept.dismissed(draftClaimKey(c))),
    [drafts.claims, kept],
  );
  const newDrafts = shownActors
    .filter((a) => !a.match && !created[a.key])
    .map((a) => ({ key: stableOf.get(a.key) ?? a.key, name: a.name }));

  const suggestions = useMemo(() => {
    const out: {
      suggestion: Suggestion;
      claim: DraftClaim;
      key: string;
      state: SuggestionState;
    }[] = [];
    for (const s of drafts.suggestions) {
      const claim = drafts.claims.find((c) => c.key === s.claim.key);
      if (!claim || !s.knownClaim) continue;
      const key = suggestionKey(s, claim);
      const d = kept.decisions[key];
      const state: SuggestionState = d?.edits?.accepted
        ? 'accepted'
        : d?.dismissed
          ? 'dismissed'
          : 'open';
      if (state !== 'dismissed') out.push({ suggestion: s, claim, key, state });
    }
    return out;
  }, [drafts, kept.decisions]);

  async function acceptSuggestion(s: Suggestion, claim: DraftClaim, key: string) {
    const known = { id: s.knownClaim?.id ?? '', statement: s.knownClaim?.statement ?? '' };
    const done =
      s.kind === 'POSSIBLE_DISPUTE'
        ? await curation.acceptDispute(
            claim,
            claimEdits(claim),
            known,
            s.aspect ?? 'FACT',
            existingIds.get(claimKey(claim.predicate, claim.evidence)) ?? null,
          )
        : await curation.acceptCorroboration(claim, known);
    if (done) {
      try {
        await kept.save(key, { dismissed: true, edits: { accepted: true } });
      } catch (e) {
        fail(`Accepted, but not marked so for a reload: ${describe(e)}`);
      }
    }
  }

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
        Extraction proposed these from the text; nothing is added to the collection until you accept
        it. Accepting a claim also adds the new actors it names. Rejections and edits are kept for
        this source.
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
      <ActorTools
        actors={actors}
        busy={busy}
        onMerge={curation.merge}
        onAlias={curation.alias}
        onProblem={fail}
      />

      {suggestions.length ? (
        <>
          <h3 id="draft-suggestions">
            Suggested disputes and corroborations ({suggestions.length})
          </h3>
          <ul className="plain">
            {suggestions.map(({ suggestion, claim, key, state }) => (
              <SuggestionItem
                key={key}
                suggestion={suggestion}
                statement={shownClaim(claim).statement}
                state={state}
                busy={busy}
                onAccept={() => acceptSuggestion(suggestion, claim, key)}
                onDismiss={() =>
                  keep(
                    key,
                    { dismissed: true, edits: null },
                    `Dismissed the suggestion on “${shownClaim(claim).statement}”.`,
                  )
                }
              />
            ))}
          </ul>
        </>
      ) : null}

      <h3 id="draft-claims">Claims ({shownClaims.length})</h3>
      {shownClaims.length === 0 ? (
        <p className="muted">No claims left to review.</p>
      ) : (
        <ul className="plain">
          {shownClaims.map((c) => {
            const shown = shownClaim(c);
            return (
              <DraftClaimItem
                key={c.key}
                claim={c}
                shown={shown}
                state={claimState(c)}
                busy={busy}
                editor={
                  editing === c.key ? (
                    <DraftClaimEditor
                      start={startEdits(c)}
                      actors={actors}
                      drafts={newDrafts}
                      predicates={predicates}
                      busy={busy}
                      onCancel={() => setEditing(null)}
                      onSave={async (edits) => {
                        const done = await keep(
                          draftClaimKey(c),
                          { dismissed: false, edits: { ...edits } },
                          `Edits kept for “${edits.statement}”. Accept it when it is right.`,
                        );
                        if (done) setEditing(null);
                        return done;
                      }}
                    />
                  ) : null
                }
                onAccept={() => curation.acceptClaim(c, claimEdits(c))}
                onEdit={() => setEditing(c.key)}
                onReject={() =>
                  keep(
                    draftClaimKey(c),
                    { dismissed: true, edits: claimEdits(c) as Record<string, unknown> | null },
                    `Rejected the claim “${shown.statement}”.`,
                  )
                }
              />
            );
          })}
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
          {shownActors.map((a) => {
            const key = stableOf.get(a.key) ?? a.key;
            return (
              <DraftActorItem
                key={a.key}
                actor={a}
                edited={asActorEdits(kept.decisions[key]?.edits) !== null}
                created={created[a.key]}
                busy={busy}
                onAccept={() => curation.acceptActor(a)}
                onEdit={(edits) =>
                  keep(
                    key,
                    { dismissed: false, edits: { ...edits } },
                    `Edits kept for the actor ${edits.name}.`,
                  )
                }
                onReject={() =>
                  keep(
                    key,
                    { dismissed: true, edits: kept.decisions[key]?.edits ?? null },
                    `Rejected the actor ${a.name}.`,
                  )
                }
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
