import { describe, expect, it } from 'vitest';
import { generateQuestions, type Question } from '../src/index.ts';
import { madeQuestions } from './support/made.ts';
import { qualityIssues } from './support/quality.ts';
import { world } from './support/world.ts';

const kb = world();
const all = generateQuestions(kb, { seed: 'types' });
const find = (predicate: (q: Question) => boolean) => {
  const found = all.find(predicate);
  if (!found) throw new Error('no such question');
  return found;
};
const rightTexts = (q: Question) =>
  q.options
    .filter((o) => o.correct)
    .map((o) => o.text)
    .sort();

describe('question types on a hand-made base', () => {
  it('generates every type', () => {
    expect(new Set(all.map((q) => q.type))).toEqual(
      new Set([
        'SINGLE_CHOICE',
        'MULTI_SELECT',
        'TRUE_FALSE',
        'WHO_SAID',
        'FILL_IN',
        'SOURCES_DISAGREE',
      ]),
    );
  });

  it('passes every quality rule', () => {
    expect(all.flatMap((q) => qualityIssues(kb, q))).toEqual([]);
  });

  it('single choice asks for the subject from the predicate phrasing', () => {
    const q = find(
      (q) => q.type === 'SINGLE_CHOICE' && q.prompt === 'Who blocked the Alliance office in Arden?',
    );
    expect(rightTexts(q)).toEqual(['Karl Tesk']);
    expect(q.options).toHaveLength(4);
    expect(q.claimIds).toEqual(['tesk-blocked-office']);
    expect(q.explanation).toBe('Borduria’s president Karl Tesk vetoed the office.');
    expect(q.evidence[0]).toMatchObject({
      sourceId: 'gazette',
      sourceTitle: 'Alliance to open Arden office',
      publisher: 'The Gazette',
    });
  });

  it('names the time: "As of" for a state', () => {
    const q = find(
      (q) => q.template === 'statement-true' && q.claimIds[0] === 'alliance-plans-office',
    );
    // "{subject} plans to open" states a state: "In 2023, the Alliance plans" mixes the tenses.
    expect(q.prompt).toBe('As of 2023, the Alliance plans to open the Alliance office in Arden.');
  });

  it('multi-select from memberships: all members right, non-members and the former member not', () => {
    const q = find((q) => q.type === 'MULTI_SELECT' && q.template === 'members:MEMBER_OF');
    expect(q.prompt).toBe('Which of these countries are members of Quad Four?');
    expect(rightTexts(q)).toEqual(['Arden', 'Calia', 'Delmar', 'Esland']);
    expect(q.options.length).toBeGreaterThanOrEqual(5);
    expect(q.options.length).toBeLessThanOrEqual(7);
    expect(q.options.map((o) => o.text)).not.toContain('Gorvia');
    expect(q.selectMany).toBe(true);
  });

  it('multi-select from lists of claims sharing predicate and object', () => {
    const q = find((q) => q.type === 'MULTI_SELECT' && q.prompt.startsWith('Who praised'));
    expect(q.prompt).toBe('Who praised the Alliance office in Arden? Select all that apply.');
    expect(rightTexts(q)).toEqual(['Pine Institute', 'Ridge Institute for Peace']);
  });

  it('a list asks in the plural when its question names a kind', () => {
    const asked = (askSubject: string) => {
      const predicates = kb.predicates.map((p) =>
        p.id === 'attended' && p.phrasing ? { ...p, phrasing: { ...p.phrasing, askSubject } } : p,
      );
      return generateQuestions({ ...kb, predicates }, { types: ['MULTI_SELECT'] })
        .map((q) => q.prompt)
        .find((prompt) => prompt.includes('Riga summit'));
    };
    expect(asked('Which country was at {object}?')).toBe(
      'Which countries were at the Riga summit? Select all that apply.',
    );
    expect(asked('Which delegation attended {object}?')).toBe(
      'Which delegations attended the Riga summit? Select all that apply.',
    );
  });

  it('true/false states a claim in the predicate’s own words', () => {
    // Worded so whether or not a quiz keeps it (see balanceTrueFalse).
    const q = madeQuestions(kb, 'types').find(
      (q) =>
        q.type === 'TRUE_FALSE' &&
        q.template === 'statement-true' &&
        q.claimIds[0] === 'tesk-blocked-office',
    );
    expect(q?.prompt).toBe('Karl Tesk blocked the Alliance office in Arden.');
    expect(q?.options.map((o) => [o.text, o.correct])).toEqual([
      ['True', true],
      ['False', false],
    ]);
  });

  it('who said quotes the spoken words only, not the narration', () => {
    const q = find((q) => q.type === 'WHO_SAID' && q.claimIds[0] === 'lindstrom-next-year');
    expect(q.prompt).toBe('Who said “We will open it next year, and we will staff it well”?');
    expect(rightTexts(q)).toEqual(['Ana Lindström']);
    const people = new Set(kb.actors.filter((a) => a.kind === 'PERSON').map((a) => a.name));
    for (const o of q.options) expect(people.has(o.text)).toBe(true);
  });

  it('fill-in accepts every name of every right answer', () => {
    const q = find(
      (q) => q.type === 'FILL_IN' && q.prompt === 'Who blocked the Alliance office in Arden?',
    );
    expect(q.acceptedAnswers).toEqual(['Karl Tesk', 'Tesk']);
    expect(q.options).toEqual([]);
  });

  it('sources disagree: which source says each side, and what each source says', () => {
    const which = all.filter((q) => q.template === 'dispute-which-source');
    expect(which.map((q) => q.prompt).sort()).toEqual([
      'Sources give different dates for the Riga summit. Which source says that the Riga summit takes place in June 2023?',
      'Sources give different dates for the Riga summit. Which source says that the Riga summit takes place on 11 July 2023?',
    ]);
    const june = which.find((q) => q.prompt.includes('June'));
    expect(june && rightTexts(june)).toEqual(['“Arden office”']);
    expect(june?.options.map((o) => o.text)).toContain(
      '“Alliance to open Arden office” (The Gazette)',
    );
    const says = find((q) => q.template === 'dispute-source-says@source:gazette');
    expect(says.prompt).toBe(
      'Sources give different dates for the Riga summit. According to The Gazette, when is the Riga summit scheduled?',
    );
    // The disputed dates as options, and wrong ones next to them: never a coin toss of two. Both
    // sides at the coarser precision: "11 July 2023" alone with a day would stand out.
    expect(rightTexts(says)).toEqual(['July 2023']);
    expect(says.options.map((o) => o.text)).toContain('June 2023');
    expect(says.options.length).toBeGreaterThanOrEqual(3);
  });

  it('sources disagree: the explanation tells each side once', () => {
    const says = find((q) => q.template === 'dispute-source-says@source:gazette');
    // The generated description names no source, so each side is spelled out after it.
    expect(says.explanation).toContain('The Gazette: The Riga summit takes place on 11 July 2023.');
    const named = {
      ...kb,
      disputes: kb.disputes.map((d) => ({
        ...d,
        description:
          'The Gazette dates the Riga summit to 11 July 2023; "Arden office" to June 2023',
      })),
    };
    const again = generateQuestions(named, { seed: 'types' }).find((q) => q.id === says.id);
    expect(again?.explanation).toBe(
      'The Gazette dates the Riga summit to 11 July 2023; "Arden office" to June 2023.',
    );
  });

  it('never asks a predicate without phrasing in template forms', () => {
    expect(all.some((q) => q.claimIds.includes('ortiz-warned'))).toBe(false);
  });
});
