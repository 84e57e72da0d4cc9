'use client';

import { useState } from 'react';
import {
  addAlias,
  addEvidence,
  createActor,
  createClaim,
  createDispute,
  mergeActors,
  type NewClaim,
} from '@/lib/accept.ts';
import type { SchemaType } from '@/lib/graphql.ts';
import type { Range } from '@/lib/passages.ts';
import { describe } from '@/lib/problems.ts';
import type { ActorRef, ClaimEdits, DraftActor, DraftClaim, Side } from '@/lib/review.ts';

/** Whose words or view a claim of these kinds is: its subject's, when made by hand. */
const spoken = new Set(['QUOTE', 'OPINION', 'DENIAL']);

/**
 * The review's writes: accepting draft actors and claims (a claim first gets the collection
 * actors it names, made from the drafts when new), actors and claims made by hand, merging
 * actors, aliases, and accepting suggested disputes and corroborations. Each reports what
 * happened in words through `say` or `fail`.
 */
export function useCuration({
  collectionId,
  sourceId,
  initialActors,
  byKey,
  byStableKey,
  say,
  fail,
}: {
  collectionId: string;
  sourceId: string;
  initialActors: ActorRef[];
  /** Draft actors by extraction's key, the curator's edits applied. */
  byKey: Map<string, DraftActor>;
  /** The same, by the key kept across reloads. */
  byStableKey: Map<string, DraftActor>;
  say: (text: string) => void;
  fail: (text: string) => void;
}) {
  const [actors, setActors] = useState(initialActors);
  const [created, setCreated] = useState<Record<string, ActorRef>>({});
  // Draft claim key → the claim made from it.
  const [accepted, setAccepted] = useState<Map<string, string>>(new Map());
  // A merged actor's ID → the actor it was folded into, for drafts still linked to it.
  const [mergedInto, setMergedInto] = useState<Record<string, ActorRef>>({});
  const [busy, setBusy] = useState(false);

  /** The collection's actor for a draft: its match, one made earlier, or a new one made now. */
  async function actorFor(draft: DraftActor, made: Record<string, ActorRef>): Promise<ActorRef> {
    if (draft.match)
      return (
        mergedInto[draft.match.id] ?? { id: draft.match.id, name: draft.match.name ?? draft.name }
      );
    const earlier = made[draft.key];
    if (earlier) return mergedInto[earlier.id] ?? earlier;
    const actor = await createActor(collectionId, draft);
    made[draft.key] = actor;
    return actor;
  }

  async function sideId(side: Side, made: Record<string, ActorRef>): Promise<string | null> {
    if (side === null) return null;
    if ('actor' in side) return mergedInto[side.actor]?.id ?? side.actor;
    const draft = byStableKey.get(side.draft);
    if (!draft) throw new Error('That draft actor is no longer offered.');
    return (await actorFor(draft, made)).id;
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

  /** Makes the draft claim (with the curator's edits, when any); its ID, or null on failure. */
  async function acceptClaim(claim: DraftClaim, edits: ClaimEdits | null): Promise<string | null> {
    const already = accepted.get(claim.key);
    if (already) return already;
    setBusy(true);
    const made = { ...created };
    const before = Object.keys(made).length;
    const side = async (ref: { key: string } | null) => {
      const draft = ref ? byKey.get(ref.key) : undefined;
      return draft ? (await actorFor(draft, made)).id : null;
    };
    try {
      const subject = edits ? await sideId(edits.subject, made) : await side(claim.subject);
      if (!subject) throw new Error('The draft has no subject.');
      const saved = await createClaim(collectionId, {
        subject,
        predicate: edits?.predicate ?? claim.predicate,
        object: edits ? await sideId(edits.object, made) : await side(claim.object),
        value: edits ? edits.value.trim() || null : claim.value,
        speaker: await side(claim.speaker),
        statement: edits?.statement ?? claim.statement,
        modality: claim.modality,
        background: edits?.background ?? false,
        evidence: [{ source: sourceId, start: claim.evidence.start, end: claim.evidence.end }],
      });
      setAccepted((m) => new Map(m).set(claim.key, saved.id));
      const added = Object.keys(made).length - before;
      const actorsNote = added ? ` (with ${added} new ${added === 1 ? 'actor' : 'actors'})` : '';
      say(`Claim added: ${saved.statement || claim.statement}${actorsNote}.`);
      return saved.id;
    } catch (e) {
      fail(`The claim was not added: ${describe(e)}`);
      return null;
    } finally {
      remember(made);
      setBusy(false);
    }
  }

  async function newActor(actor: { name: string; kind: SchemaType<'ActorKind'> }) {
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

  async function merge(keepId: string, mergeId: string) {
    const keep = actors.find((a) => a.id === keepId);
    const gone = actors.find((a) => a.id === mergeId);
    if (!keep || !gone) return false;
    setBusy(true);
    try {
      await mergeActors(collectionId, keep.id, gone.id);
      setActors((list) => list.filter((a) => a.id !== gone.id));
      setMergedInto((m) => {
        const next: Record<string, ActorRef> = { [gone.id]: keep };
        for (const [from, to] of Object.entries(m)) next[from] = to.id === gone.id ? keep : to;
        return next;
      });
      say(`Merged ${gone.name} into ${keep.name}; “${gone.name}” is now one of its aliases.`);
      return true;
    } catch (e) {
      fail(`The actors were not merged: ${describe(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function alias(actorId: string, name: string) {
    const actor = actors.find((a) => a.id === actorId);
    if (!actor) return false;
    setBusy(true);
    try {
      await addAlias(collectionId, actor.id, name);
      say(`“${name}” is now an alias of ${actor.name}.`);
      return true;
    } catch (e) {
      fail(`The alias was not added: ${describe(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** A suggested dispute accepted: the draft becomes a claim (if not yet) disputing the known one. */
  async function acceptDispute(
    claim: DraftClaim,
    edits: ClaimEdits | null,
    known: { id: string; statement: string },
    aspect: SchemaType<'DisputeAspect'>,
    existingId: string | null,
  ) {
    const id = existingId ?? (await acceptClaim(claim, edits));
    if (!id) return false;
    setBusy(true);
    try {
      await createDispute(collectionId, {
        first: known.id,
        second: id,
        aspect,
        description: `“${known.statement}” against “${edits?.statement ?? claim.statement}”.`,
      });
      say(`Dispute recorded: “${known.statement}” is disputed by this text.`);
      return true;
    } catch (e) {
      fail(`The dispute was not recorded: ${describe(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** A suggested corroboration accepted: the draft's passage becomes evidence of the known claim. */
  async function acceptCorroboration(claim: DraftClaim, known: { id: string; statement: string }) {
    setBusy(true);
    try {
      await addEvidence(collectionId, known.id, {
        source: sourceId,
        start: claim.evidence.start,
        end: claim.evidence.end,
      });
      setAccepted((m) => new Map(m).set(claim.key, known.id));
      say(`Evidence added: this passage now backs “${known.statement}”.`);
      return true;
    } catch (e) {
      fail(`The evidence was not added: ${describe(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return {
    actors,
    created,
    accepted,
    busy,
    acceptActor,
    acceptClaim,
    newActor,
    passageClaim,
    merge,
    alias,
    acceptDispute,
    acceptCorroboration,
  };
}
