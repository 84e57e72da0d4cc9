import type { Actor, Claim, KnowledgeBase, Source } from '@attest/knowledge';
import type { ExtractOptions } from '../src/index.ts';

/** Actor ids a claim involves: subject, object, speaker and place. */
export const claimActors = (c: Claim) =>
  [c.subjectId, c.objectId, c.speakerId, c.qualifiers.placeId].filter(
    (id): id is string => id !== null,
  );

/**
 * What extraction may know when it reads `source`: the actors with evidence in the other texts,
 * each with only the aliases those texts use (the curators took some aliases from `source`
 * itself, and knowing them would be reading the answer), and the claims from the other texts.
 */
export function heldOut(kb: KnowledgeBase, source: Source): ExtractOptions {
  const others = kb.sources.filter((s) => s.id !== source.id);
  const otherIds = new Set(others.map((s) => s.id));
  const claims = kb.claims.filter((c) => c.evidence.some((e) => otherIds.has(e.sourceId)));
  const ids = new Set(claims.flatMap(claimActors));
  const actors = kb.actors
    .filter((a) => ids.has(a.id))
    .map(
      (a): Actor => ({
        ...a,
        aliases: a.aliases.filter((alias) => others.some((s) => s.text.includes(alias.name))),
      }),
    );
  return { actors, predicates: kb.predicates, claims };
}
