import { loadKnowledgeBase } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { generateQuestions, type Question } from '../src/index.ts';
import { buildKb, type ClaimSpec } from './support/build-kb.ts';
import { madeQuestions } from './support/made.ts';
import { worldSpec } from './support/world.ts';

const statements = (qs: readonly Question[]) => qs.filter((q) => q.type === 'TRUE_FALSE');
const trueShare = (qs: readonly Question[]) => {
  const tf = statements(qs);
  return tf.filter((q) => q.answer === 'True').length / tf.length;
};
/** How far the true/false questions of a quiz lean either way at worst, counted from its start. */
const worstLean = (qs: readonly Question[]) => {
  let lean = 0;
  let worst = 0;
  for (const q of statements(qs)) {
    lean += q.answer === 'True' ? 1 : -1;
    worst = Math.max(worst, Math.abs(lean));
  }
  return worst;
};

/**
 * The world, with texts about what Arden aims to do: free text that makes a true statement and
 * no false one ("Calia aims to …" may be true too), as news bases are full of.
 */
function aimsSpec() {
  const spec = structuredClone(worldSpec);
  spec.predicates.push({
    id: 'aims',
    object: 'VALUE',
    phrasing: ['{subject} aims {object}', null, null],
  });
  const aims = [
    'to host the office',
    'to staff it well',
    'to bridge two oceans',
    'to open it soon',
  ];
  for (const [i, text] of aims.entries()) {
    for (const s of ['arden', 'calia', 'delmar']) {
      const claim: ClaimSpec = {
        id: `${s}-aims-${i}`,
        s,
        p: 'aims',
        value: { kind: 'text', text },
        statement: `${s} aims ${text}.`,
        evidence: [['gazette', 'The Alliance agreed in 2023']],
      };
      spec.claims.push(claim);
    }
  }
  return spec;
}

describe('true/false balance', () => {
  it('a base of mostly unfalsifiable facts still gives a quiz keyed True about half the time', () => {
    const kb = buildKb(aimsSpec());
    const made = statements(madeQuestions(kb));
    // The cause: every fact is stated true, few can be proved false.
    expect(trueShare(made)).toBeGreaterThan(0.7);
    for (const seed of [1, 2, 3]) {
      const quiz = generateQuestions(kb, { seed });
      const tf = statements(quiz);
      const trues = tf.filter((q) => q.answer === 'True').length;
      expect(Math.abs(trues - (tf.length - trues)), `seed ${seed}`).toBeLessThanOrEqual(1);
      expect(worstLean(quiz), `seed ${seed}`).toBeLessThanOrEqual(2);
    }
  });

  it('keeps true statements of facts no false statement names, before their twins', () => {
    const kb = buildKb(aimsSpec());
    const tf = statements(generateQuestions(kb));
    const falseFacts = new Set(
      tf.filter((q) => q.answer === 'False').map((q) => q.claimIds.join()),
    );
    const twins = tf.filter((q) => q.answer === 'True' && falseFacts.has(q.claimIds.join()));
    expect(twins).toEqual([]);
  });

  it('the same statements for every seed, and a filtered quiz balanced too', () => {
    const kb = buildKb(aimsSpec());
    const ids = (seed: number) =>
      statements(generateQuestions(kb, { seed }))
        .map((q) => q.id)
        .sort();
    expect(ids(1)).toEqual(ids(2));
    const arden = statements(generateQuestions(kb, { actorIds: ['arden'] }));
    const trues = arden.filter((q) => q.answer === 'True').length;
    expect(Math.abs(trues - (arden.length - trues))).toBeLessThanOrEqual(1);
  });
});

describe('true/false balance on the corpus', () => {
  const kb = loadKnowledgeBase();

  it('every seed keys between 40% and 60% True, leaning at most two at any point', () => {
    for (const seed of [1, 'corpus', 20260]) {
      const quiz = generateQuestions(kb, { seed });
      expect(trueShare(quiz), `seed ${seed}`).toBeGreaterThanOrEqual(0.4);
      expect(trueShare(quiz), `seed ${seed}`).toBeLessThanOrEqual(0.6);
      expect(worstLean(quiz), `seed ${seed}`).toBeLessThanOrEqual(2);
    }
  });

  it('quizzes of 20 questions are keyed True between 40% and 60% taken together', () => {
    const quizzes = Array.from({ length: 30 }, (_, i) =>
      generateQuestions(kb, { seed: `short ${i}`, count: 20 }),
    );
    const share = trueShare(quizzes.flat());
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
    for (const quiz of quizzes) expect(worstLean(quiz)).toBeLessThanOrEqual(2);
  });
});
