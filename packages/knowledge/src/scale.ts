import { createHash } from 'node:crypto';
import { renameIds } from './rename-ids.ts';
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
  const name = (value: string) => `${value} ${k}`;
  const copy = renameIds(kb, (id) => `${id}~${k}`);
  return {
    ...copy,
    sources: copy.sources.map((s) => ({
      ...s,
      ...copiedText(s.text, k),
      fileName: s.fileName.replace(/(\.[^.]*)?$/, (extension) => `~${k}${extension}`),
      title: name(s.title),
      publisher: s.publisher === null ? null : name(s.publisher),
    })),
    actors: copy.actors.map((a) => ({
      ...a,
      name: name(a.name),
      aliases: a.aliases.map((alias) => ({ ...alias, name: name(alias.name) })),
    })),
  };
}

function copiedText(text: string, k: number) {
  const copied = `${text}\n\n[copy ${k}]\n`;
  return { text: copied, contentHash: createHash('sha256').update(copied, 'utf8').digest('hex') };
}
