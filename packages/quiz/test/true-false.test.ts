import { normalizeName } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../src/index.ts';
import { buildKb } from './support/build-kb.ts';
import { trueStatementCores } from './support/quality.ts';
import { world, worldSpec } from './support/world.ts';

const kb = world();

describe('true/false', () => {
  const questions = generateQuestions(kb, { types: ['TRUE_FALSE'] });
  const falses = questions.filter((q) => q.template.startsWith('statement-false'));

  it('makes a true and a false statement from facts', () => {
    expect(questions.filter((q) => q.template.startsWith('statement-true')).length).toBeGreaterThan(
      5,
    );
    expect(falses.length).toBeGreaterThan(5);
  });

  it('never makes a false statement that a claim or relation makes true', () => {
    for (const q of falses) {
      const claim = kb.claims.find((c) => c.id === q.claimIds[0]);
      const prompt = normalizeName(q.prompt);
      for (const core of trueStatementCores(kb, claim?.predicateId ?? '')) {
        expect(prompt.endsWith(core), `${q.prompt} is true: ${core}`).toBe(false);
      }
    }
  });

  it('swaps in an actor of the same kind', () => {
    const q = falses.find((x) => x.claimIds[0] === 'tesk-blocked-office');
    expect(q?.prompt).toMatch(
      /^(Ana Lindström|Mira Soto|Lena Ortiz|Piet Vos) blocked the Alliance office in Arden\.$/,
    );
  });

  it('never swaps in the member kept only in the background', () => {
    for (const q of falses) expect(q.prompt).not.toBe('Gorvia is a member of Quad Four.');
  });

  it('skips the false statement when every swap would be true', () => {
    const spec = structuredClone(worldSpec);
    spec.predicates.push({ id: 'borders', phrasing: ['{subject} borders {object}', null, null] });
    spec.actors = spec.actors.filter(
      ([id, , kind]) => kind !== 'COUNTRY' || ['arden', 'calia'].includes(id),
    );
    spec.claims = [
      {
        id: 'arden-borders-calia',
        s: 'arden',
        p: 'borders',
        o: 'calia',
        statement: 'Arden borders Calia.',
        evidence: [['courier', 'Calia once hosted']],
      },
      {
        id: 'calia-borders-arden',
        s: 'calia',
        p: 'borders',
        o: 'arden',
        statement: 'Calia borders Arden.',
        evidence: [['courier', 'Calia once hosted']],
      },
    ];
    spec.relations = [];
    spec.disputes = [];
    const qs = generateQuestions(buildKb(spec), { types: ['TRUE_FALSE'] });
    expect(qs.map((q) => q.template)).toEqual(['statement-true', 'statement-true']);
  });
});
