import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../src/index.ts';
import { dateFitsName, yearsInName } from '../src/years.ts';
import { buildKb } from './support/build-kb.ts';

/**
 * Summits named by their year, and meetings named without one, all scheduled in one story: a
 * date from another year would contradict the summit's own name ("the 2023 Riga summit was
 * scheduled for 3 June 2024"), which tests reading rather than knowing.
 */
const meetings: [id: string, name: string, date: string][] = [
  ['riga', 'the 2023 Riga summit', '2023-07-11'],
  ['oslo', 'the 2024 Oslo summit', '2024-06-03'],
  ['kiel', 'the 2022 Kiel summit', '2022-05-05'],
  ['bonn', 'the 2023 Bonn summit', '2023-03-02'],
  ['lyon', 'the Lyon conference', '2023-09-14'],
  ['porto', 'the Porto talks', '2023-11-20'],
];
const text = meetings.map(([, name]) => `${name} is scheduled.`).join(' ');
const kb = buildKb({
  sources: [{ id: 'planner', title: 'Summit planner', publisher: 'The Planner', text }],
  actors: meetings.map(([id, name]) => [id, name, 'EVENT']),
  predicates: [
    {
      id: 'scheduled_for',
      object: 'VALUE',
      phrasing: [
        '{subject} was scheduled for {object}',
        'Which meeting was scheduled for {object}?',
        'When was {subject} scheduled?',
      ],
    },
  ],
  claims: meetings.map(([id, name, date]) => ({
    id: `${id}-date`,
    s: id,
    p: 'scheduled_for',
    value: { kind: 'date', date: { value: date, precision: 'DAY' } },
    statement: `${name} was scheduled for ${date}.`,
    evidence: [['planner', `${name} is scheduled.`]],
  })),
});

const yearsOf = (text: string) => text.match(/\b20\d\d\b/g) ?? [];

describe('dates and names with a year', () => {
  it('reads the years a name carries', () => {
    expect(yearsInName('the 2023 NATO summit in Vilnius')).toEqual(['2023']);
    expect(yearsInName('the Riga summit')).toEqual([]);
    const july2024 = { kind: 'date', date: { value: '2024-07', precision: 'MONTH' } } as const;
    expect(dateFitsName(july2024, 'the 2023 NATO summit')).toBe(false);
    expect(dateFitsName(july2024, 'the 2024 NATO summit')).toBe(true);
    expect(dateFitsName(july2024, 'the Washington summit')).toBe(true);
  });

  for (const seed of [1, 2, 3, 4, 5]) {
    const questions = generateQuestions(kb, { seed });

    it(`never states a date from another year than the summit's name (seed ${seed})`, () => {
      const falses = questions.filter((q) => q.template.startsWith('statement-false'));
      expect(falses.length).toBeGreaterThan(0);
      for (const q of falses) {
        const [named, dated] = yearsOf(q.prompt);
        if (named && dated) expect(dated, q.prompt).toBe(named);
      }
    });

    it(`offers no date from another year for a summit named by its year (seed ${seed})`, () => {
      const asks = questions.filter(
        (q) => q.type === 'SINGLE_CHOICE' && q.template === 'ask-object',
      );
      expect(asks.length).toBeGreaterThan(0);
      for (const q of asks) {
        const named = yearsOf(q.prompt);
        if (named.length === 0) continue;
        for (const o of q.options) expect(yearsOf(o.text), `${q.prompt} ${o.text}`).toEqual(named);
      }
    });

    it(`offers no summit of another year for a date (seed ${seed})`, () => {
      const asks = questions.filter((q) => q.template === 'ask-subject' && q.options.length > 0);
      for (const q of asks) {
        const [dated] = yearsOf(q.prompt);
        for (const o of q.options) {
          for (const year of yearsOf(o.text)) expect(year, `${q.prompt} ${o.text}`).toBe(dated);
        }
      }
    });
  }
});
