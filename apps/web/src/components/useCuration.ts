'use client';

import { useState } from 'react';
import { createActor, createClaim, type NewClaim } from '@/lib/accept.ts';
import { describe } from '@/lib/client.ts';
import type { Range } from '@/lib/passages.ts';
import type { ActorRef, DraftActor, DraftClaim } from '@/lib/review.ts';

/** Whose words or view a claim of these kinds is: its subject's, when made by hand. */
const spoken = new Set(['QUOTE', 'OPINION', 'DENIAL']);

/**
 * The review's writes: accepting draft actors and claims (a claim first gets the collection
 * actors it names, made from the drafts when new), and actors and claims made by hand. Each
 * reports what happened in words through `say` or `fail`.
 */
export function useCuration({
  collectionId,
  sourceId,
  initialActors,
  byKey,
  say,
  fail,
}: {
  collectionId: string;
  sourceId: string;
  initialActors: ActorRef[];
  byKey: Map<string, DraftActor>;
  say: (text: string) => void;
  fail: (text: string) => void;
}) {
  const [actors, setActors] = useState(initialActors);
  const [created, setCreated] = useState<Record<string, ActorRef>>({});
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);

  /** The collection's actor for a draft: its match, one made earlier, or a new one made now. */
  async function actorFor(draft: DraftActor, made: Record<string, ActorRef>): Promise<ActorRef> {
    if (draft.match) return { id: draft.match.id, name: draft.match.name ?? draft.name };
    const earlier = made[draft.key];
    if (earlier) return earlier;
    const actor = await createActor(collectionId, draft);
    made[draft.key] = actor;
    return actor;
  }

  // Kept even when a later step fails, so a retry does not make the same actor twice.
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
    const side = async (ref: { key: string } | null) => {
      const draft = ref ? byKey.get(ref.key) : undefined;
      return draft ? (await actorFor(draft, made)).id : null;
    };
    try {
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
      const actorsNote = added ? ` (with ${added} new ${added === 1 ? 'actor' : 'actors'})` : '';
      say(`Claim added: ${saved.statement || claim.statement}${actorsNote}.`);
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

  async function passageClaim(claim: Omit<NewClaim, 'evidence'>, passage: Range) {
    setBusy(true);
    try {
      const saved = await createClaim(collectionId, {
        ...claim,
        speaker: spoken.has(claim.modality ?? '') ? claim.subject : null,
        evidence: [{ source: sourceId, ...passage }],
      });
      say(`Claim added: ${saved.statement}.`);
      return true;
    } catch (e) {
      fail(`The claim was not added: ${describe(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { actors, created, accepted, busy, acceptActor, acceptClaim, newActor, passageClaim };
}
