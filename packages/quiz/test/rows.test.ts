import { loadKnowledgeBase } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { sameRow } from '../src/rows.ts';

describe('sameRow', () => {
  it('holds rows of equal content the same, whatever the objects', () => {
    const kb = loadKnowledgeBase();
    const copy = structuredClone(kb);
    for (const part of ['claims', 'actors', 'sources', 'disputes', 'relations'] as const) {
      kb[part].forEach((row, i) => {
        expect(sameRow(row, copy[part][i])).toBe(true);
      });
    }
  });

  it('tells rows apart by any field, nested or missing', () => {
    const [claim] = loadKnowledgeBase().claims;
    if (!claim) throw new Error('no claim');
    const evidence = claim.evidence.map((e, i) => (i === 0 ? { ...e, start: e.start + 1 } : e));
    for (const other of [
      { ...claim, offTopic: !claim.offTopic },
      { ...claim, evidence },
      { ...claim, evidence: [] },
      { ...claim, qualifiers: { ...claim.qualifiers, extra: 1 } },
      { ...claim, extra: undefined },
      { ...claim, value: { kind: 'TEXT', text: 'x' } },
    ]) {
      expect(sameRow(claim, other)).toBe(false);
      expect(sameRow(other, claim)).toBe(false);
    }
    expect(sameRow([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameRow(Number.NaN, Number.NaN)).toBe(true);
    expect(sameRow(new Date(0), new Date(0))).toBe(true);
    expect(sameRow(new Date(0), new Date(1))).toBe(false);
  });
});
