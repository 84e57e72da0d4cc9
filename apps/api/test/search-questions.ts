import type { KnowledgeBase } from '@attest/knowledge';
import fc from 'fast-check';

/**
 * Questions a reader might type of a knowledge base, made of its own words: "Who <predicate>
 * <actor>?", an actor's name with a word of a statement, or a statement's word alone. Many of
 * its claims score close together for them: what a search's page must still order exactly.
 */
export function searchQuestions(kb: KnowledgeBase): fc.Arbitrary<string> {
  const names = kb.actors.map((a) => a.name);
  const labels = kb.predicates.map((p) => p.label);
  const words = kb.claims.flatMap((c) => c.statement.split(/\s+/).slice(0, 4));
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...labels), fc.constantFrom(...names))
      .map(([l, n]) => `Who ${l} ${n}?`),
    fc.tuple(fc.constantFrom(...names), fc.constantFrom(...words)).map((w) => w.join(' ')),
    fc.constantFrom(...words),
  );
}
