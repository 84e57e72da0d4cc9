import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../src/index.ts';
import { singleQuoteMarks } from '../src/wording.ts';
import { buildKb, type KbSpec } from './support/build-kb.ts';
import { madeQuestions } from './support/made.ts';
import { world, worldSpec } from './support/world.ts';

describe('explanations', () => {
  it("never carry a dispute's description into another type's explanation", () => {
    const kb = world();
    const descriptions = kb.disputes.map((d) => d.description);
    expect(descriptions.length).toBeGreaterThan(0);
    const others = madeQuestions(kb).filter((q) => q.type !== 'SOURCES_DISAGREE');
    const disputed = new Set(kb.disputes.flatMap((d) => [d.firstId, d.secondId]));
    // The world's disputed claims are asked as what one source says.
    expect(others.some((q) => q.claimIds.some((id) => disputed.has(id)))).toBe(true);
    for (const q of others) {
      for (const d of descriptions) expect(q.explanation, q.prompt).not.toContain(d);
      expect(q.explanation).not.toContain('Sources disagree:');
    }
  });

  it('list the sources of a side with commas, never "A and B and C"', () => {
    const spec: KbSpec = structuredClone(worldSpec);
    // The June date told by two more sources: three on one side.
    const june = spec.claims.find(
      (c) =>
        spec.disputes?.some((d) => d[0] === c.id || d[1] === c.id) &&
        c.value?.kind === 'date' &&
        c.evidence[0]?.[0] === 'herald',
    );
    expect(june).toBeDefined();
    if (!june) return;
    spec.sources.push(
      {
        id: 'daily',
        title: 'Daily',
        publisher: 'The Daily',
        text: 'The Riga summit is set for June 2023.',
      },
      {
        id: 'times',
        title: 'Times',
        publisher: 'The Times',
        text: 'The Riga summit is set for June 2023.',
      },
    );
    june.evidence.push(
      ['daily', 'The Riga summit is set for June 2023.'],
      ['times', 'The Riga summit is set for June 2023.'],
    );
    const qs = generateQuestions(buildKb(spec), { types: ['SOURCES_DISAGREE'] });
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.explanation).not.toMatch(/ and [^.:]* and [^.:]*:/);
  });

  it('say what every member of a group has in common once, not once per member', () => {
    const members = madeQuestions(world()).filter((q) => q.template === 'members:MEMBER_OF');
    expect(members.length).toBeGreaterThan(0);
    for (const q of members) {
      const sentences = q.explanation.split(/(?<=\.) /);
      expect(new Set(sentences).size, q.explanation).toBe(sentences.length);
      expect(sentences.length, q.explanation).toBeLessThanOrEqual(2);
    }
  });

  it('show a quote with its own marks inside a template’s marks once', () => {
    expect(singleQuoteMarks('Soto said “ “This office is a bridge” ”.')).toBe(
      'Soto said “This office is a bridge”.',
    );
    expect(singleQuoteMarks('He said ““We will”” and "they" "did".')).toBe(
      'He said “We will” and "they" "did".',
    );
    for (const q of madeQuestions(world())) {
      for (const text of [q.prompt, q.explanation, ...q.options.map((o) => o.text)]) {
        expect(text).not.toMatch(/“\s*[“"]|[”"]\s*”/);
      }
    }
  });
});
