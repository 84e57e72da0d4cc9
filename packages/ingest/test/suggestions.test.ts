import { describe, expect, it } from 'vitest';
import { run } from './support.ts';

describe('suggestions against known claims', () => {
  const macronLeadsFrance = {
    id: 'k1',
    subjectId: 'macron',
    predicateId: 'leads',
    objectId: 'france',
    value: null,
    statement: 'Emmanuel Macron leads France.',
  };
  const macronLeadsJapan = {
    ...macronLeadsFrance,
    id: 'k2',
    objectId: 'japan',
    statement: 'Emmanuel Macron leads Japan.',
  };

  it('says a draft with the same subject, predicate and object corroborates', () => {
    const r = run('French President Emmanuel Macron arrived.', [macronLeadsFrance]);
    expect(r.suggestions).toContainEqual(
      expect.objectContaining({ kind: 'CORROBORATES', knownClaimId: 'k1' }),
    );
  });

  it('flags a different object as a possible dispute of that aspect', () => {
    const r = run('French President Emmanuel Macron arrived.', [macronLeadsJapan]);
    expect(r.suggestions).toContainEqual(
      expect.objectContaining({ kind: 'POSSIBLE_DISPUTE', knownClaimId: 'k2', aspect: 'FACT' }),
    );
  });

  it('does not dispute open-ended predicates: supporting one thing denies nothing', () => {
    const known = { ...macronLeadsFrance, id: 'k3', predicateId: 'supports', objectId: 'japan' };
    const r = run('Emmanuel Macron supports NATO.', [known]);
    expect(r.suggestions.filter((s) => s.kind === 'POSSIBLE_DISPUTE')).toEqual([]);
  });
});
