import { createHash } from 'node:crypto';
import type { KnowledgeBase } from './types.ts';

/**
 * A knowledge base `times` as large, for benchmarks: copy 0 is the original, every other copy
 * renames each id ("japan~7") and name ("Japan 7") so that copies never merge. A copy's source
 * text gets a line appended after the original ("[copy 7]"), so every evidence offset stays
 * valid while no two texts share a content hash (a database refuses the same text twice).
 * Predicates are shared, as they would be in a bigger corpus.
 */
export function scaleKnowledgeBase(kb: KnowledgeBase, times: number): KnowledgeBase {
  const copies = Array.from({ length: times }, (_, k) => (k === 0 ? kb : renamedCopy(kb, k)));
  return {
    sources: copies.flatMap((c) => c.sources),
    predicates: kb.predicates,
    actors: copies.flatMap((c) => c.actors),
    relations: copies.flatMap((c) => c.relations),
    claims: copies.flatMap((c) => c.claims),
    disputes: copies.flatMap((c) => c.disputes),
  };
}

function renamedCopy(kb: KnowledgeBase, k: number): KnowledgeBase {
  const id = (value: string) => `${value}~${k}`;
  const maybe = (value: string | null) => (value === null ? null : id(value));
  const name = (value: string) => `${value} ${k}`;
  return {
    sources: kb.sources.map((s) => ({
      ...s,
      ...copiedText(s.text, k),
      id: id(s.id),
      fileName: s.fileName.replace(/(\.[^.]*)?$/, (extension) => `~${k}${extension}`),
      title: name(s.title),
      publisher: s.publisher === null ? null : name(s.publisher),
    })),
    predicates: kb.predicates,
    actors: kb.actors.map((a) => ({
      ...a,
      id: id(a.id),
      name: name(a.name),
      aliases: a.aliases.map((alias) => ({ ...alias, name: name(alias.name) })),
    })),
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

function copiedText(text: string, k: number) {
  const copied = `${text}\n\n[copy ${k}]\n`;
  return { text: copied, contentHash: createHash('sha256').update(copied, 'utf8').digest('hex') };
}
