import { loadKnowledgeBase } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../src/index.ts';
import { buildKb } from './support/build-kb.ts';
import { madeQuestions } from './support/made.ts';
import { world, worldSpec } from './support/world.ts';

/** Evidence must prove the key: quotes about whom the statement names, each passage once. */
describe('evidence', () => {
  it('of a false statement with a swapped subject starts with a quote naming that subject', () => {
    const spec = structuredClone(worldSpec);
    spec.claims.push({
      id: 'vos-blocked-summit',
      s: 'piet-vos',
      p: 'blocked',
      o: 'riga-summit',
      statement: 'Vos blocked it.',
      evidence: [['herald', 'Piet Vos of Calia said']],
    });
    const [swapped] = generateQuestions(buildKb(spec), {
      claimIds: ['tesk-blocked-office'],
      types: ['TRUE_FALSE'],
    }).filter((q) => q.template.startsWith('statement-false'));
    expect(swapped?.prompt).toBe('Piet Vos blocked the Alliance office in Arden.');
    // "Karl Tesk vetoed it" alone would not show that Vos did not: what Vos did comes first.
    expect(swapped?.evidence[0]?.quote).toContain('Piet Vos');
    // The question is still about the claim it asks, for filters and the one-per-claim rule.
    expect(swapped?.claimIds).toEqual(['tesk-blocked-office']);
  });

  const once = (questions: ReturnType<typeof generateQuestions>) => {
    for (const q of questions) {
      const places = q.evidence.map((e) => `${e.sourceId}|${e.start}|${e.end}`);
      expect(new Set(places).size, q.prompt).toBe(places.length);
    }
  };

  it('shows each passage once, in every question of a small base', () => {
    once(madeQuestions(world()));
  });

  it('shows each passage once, in every question of the corpus', () => {
    once(generateQuestions(loadKnowledgeBase(), { seed: 1 }));
  });
});
