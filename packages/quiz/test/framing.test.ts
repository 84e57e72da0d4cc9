import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../src/index.ts';
import { madeQuestions } from './support/made.ts';
import { world } from './support/world.ts';

const kb = world();
const all = generateQuestions(kb, { seed: 1 });
const about = (claimId: string) => all.filter((q) => q.claimIds.includes(claimId));
/** Statements are worded alike whether or not a quiz keeps them (see balanceTrueFalse). */
const made = madeQuestions(kb, 1);

describe('disputed, deprecated and off-topic claims', () => {
  it('a disputed claim is only ever what one source says, or a sources-disagree question', () => {
    const june = about('riga-in-june');
    expect(june.length).toBeGreaterThan(0);
    for (const q of june) {
      if (q.type === 'SOURCES_DISAGREE') continue;
      expect(q.prompt).toMatch(/^According to “Arden office”, /);
      expect(q.evidence.every((e) => e.sourceId === 'herald')).toBe(true);
    }
    const statement = made.find(
      (q) => q.template === 'statement-true@source:herald' && q.claimIds.includes('riga-in-june'),
    );
    expect(statement?.prompt).toBe(
      'According to “Arden office”, the Riga summit is scheduled for June 2023.',
    );
    // Why the question names its source; the dispute's own text is for sources-disagree questions.
    expect(statement?.explanation).toContain('Other sources report this differently.');
    expect(statement?.explanation).not.toContain('Sources disagree');
  });

  it('a claim in two disputes says once that other sources differ, and neither description', () => {
    const base = world();
    const second = {
      firstId: 'riga-in-june',
      secondId: 'riga-in-july',
      aspect: 'FACT' as const,
      description: 'The Herald also gets the venue wrong.',
    };
    const twice = madeQuestions({ ...base, disputes: [...base.disputes, second] }, 1);
    const statement = twice.find((q) => q.template === 'statement-true@source:herald');
    const explanation = statement?.explanation ?? '';
    expect(explanation.match(/Other sources report this differently/g)).toHaveLength(1);
    expect(explanation).not.toContain('riga-in-july and riga-in-june disagree.');
    expect(explanation).not.toContain(second.description);
  });

  it('a deprecated claim is framed by its source', () => {
    const hosted = about('calia-hosted-office');
    expect(hosted.length).toBeGreaterThan(0);
    for (const q of hosted) expect(q.prompt.startsWith('According to The Courier, ')).toBe(true);
    expect(hosted.map((q) => q.prompt)).toContain(
      'According to The Courier, which country hosted the Alliance office in Arden?',
    );
  });

  it('a disputed claim is never in a plain list or membership question', () => {
    for (const q of all.filter((q) => q.type === 'MULTI_SELECT')) {
      expect(q.claimIds).not.toContain('riga-in-june');
      expect(q.claimIds).not.toContain('calia-hosted-office');
    }
  });

  it('off-topic claims are left out unless asked for', () => {
    expect(about('reyes-leads-delmar')).toEqual([]);
    const withSidebars = generateQuestions(kb, { includeOffTopic: true });
    expect(withSidebars.some((q) => q.claimIds.includes('reyes-leads-delmar'))).toBe(true);
  });

  it('difficulty is between 0 and 1 with its signals', () => {
    for (const q of all) {
      expect(q.difficulty.score).toBeGreaterThanOrEqual(0);
      expect(q.difficulty.score).toBeLessThanOrEqual(1);
      expect(q.difficulty.signals.corroboration).toBeGreaterThanOrEqual(1);
    }
    const corroborated = all.find(
      (q) => q.template === 'statement-true' && q.claimIds[0] === 'alliance-plans-office',
    );
    expect(corroborated?.difficulty.signals.corroboration).toBe(2);
  });
});
