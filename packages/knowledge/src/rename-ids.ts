import type { KnowledgeBase } from './types.ts';

/**
 * The same knowledge base with every source, actor and claim id passed through `rename`, and
 * every reference to one (relations, claims' actors and places, evidence, disputes) with it.
 * The one place that knows where ids are referenced, for copies and imports.
 */
export function renameIds(kb: KnowledgeBase, rename: (id: string) => string): KnowledgeBase {
  const id = rename;
  const maybe = (value: string | null) => (value === null ? null : id(value));
  return {
    ...kb,
    sources: kb.sources.map((s) => ({ ...s, id: id(s.id) })),
    actors: kb.actors.map((a) => ({ ...a, id: id(a.id) })),
    relations: kb.relations.map((r) => ({
      ...r,
      subjectId: id(r.subjectId),
      objectId: id(r.objectId),
      claimId: maybe(r.claimId),
    })),
    claims: kb.claims.map((c) => ({
      ...c,
      id: id(c.id),
      subjectId: id(c.subjectId),
      objectId: maybe(c.objectId),
      speakerId: maybe(c.speakerId),
      qualifiers: { ...c.qualifiers, placeId: maybe(c.qualifiers.placeId) },
      evidence: c.evidence.map((e) => ({ ...e, sourceId: id(e.sourceId) })),
    })),
    disputes: kb.disputes.map((d) => ({ ...d, firstId: id(d.firstId), secondId: id(d.secondId) })),
  };
}
