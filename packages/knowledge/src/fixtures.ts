import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from './index.ts';
import type { KnowledgeBase } from './types.ts';

/** A tiny hand-made knowledge base (two sources, six actors, four claims) for tests. */
export const miniKnowledgeBaseDir = fileURLToPath(new URL('../fixtures/mini/', import.meta.url));

/**
 * The mini base with a second Karl, "Karl Tesch", two letters from Karl Tesk: a different person
 * with a similar name, for tests of typed names a letter or two off.
 */
export function miniWithLookalike(): KnowledgeBase {
  const mini = loadKnowledgeBase(miniKnowledgeBaseDir);
  const tesk = mini.actors.find((a) => a.id === 'karl-tesk');
  if (!tesk) throw new Error('the mini base lost Karl Tesk');
  return {
    ...mini,
    actors: [
      ...mini.actors,
      { ...tesk, id: 'karl-tesch', name: 'Karl Tesch', description: 'A historian', aliases: [] },
    ],
  };
}
