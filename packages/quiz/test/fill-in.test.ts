import { describe, expect, it } from 'vitest';
import { checkAnswer, generateQuestions } from '../src/index.ts';
import { buildKb, type KbSpec, wireStory } from './support/build-kb.ts';

/** Fill-in only where the answer is one, can be typed, and the prompt names what it is about. */
const text = (t: string) => ({ value: { kind: 'text' as const, text: t } });

const spec = (): KbSpec => {
  const { claim, source } = wireStory();
  const claims = [
    claim('reyes-heads', 'reyes', 'heads', 'pact', 'Omar Reyes heads the Pact.'),
    claim('arden-attended', 'arden', 'attended', 'summit', 'Arden attended the Riga summit.'),
    claim('calia-attended', 'calia', 'attended', 'summit', 'Calia attended the Riga summit.'),
    claim(
      'states-staged',
      'states',
      'staged',
      'summit',
      'The United States staged the Riga summit.',
    ),
    claim(
      'talks-hosted',
      'talks',
      'hosted_by',
      'arden',
      'The Pact–Arden talks were hosted by Arden.',
    ),
    claim(
      'office-aims',
      'office',
      'aims_to',
      null,
      'The Tarn office aims to deepen ties with partners.',
      text('deepen ties with partners'),
    ),
    claim(
      'vos-aims',
      'vos',
      'aims_to',
      null,
      'Piet Vos aims to end the blockade.',
      text('end the blockade'),
    ),
  ];
  return {
    sources: [source()],
    actors: [
      ['reyes', 'Omar Reyes', 'PERSON', 'Secretary-General'],
      ['vos', 'Piet Vos', 'PERSON', 'Envoy'],
      ['pact', 'The Pact', 'ALLIANCE'],
      ['summit', 'The Riga summit', 'EVENT'],
      ['arden', 'Arden', 'COUNTRY'],
      ['calia', 'Calia', 'COUNTRY'],
      ['delmar', 'Delmar', 'COUNTRY'],
      // No aliases in the base: the country list gives USA, US, United States of America.
      ['states', 'United States', 'COUNTRY'],
      ['talks', 'The Pact–Arden talks', 'EVENT'],
      ['office', 'The Tarn office', 'INITIATIVE'],
    ],
    predicates: [
      {
        id: 'heads',
        distinctValues: true,
        phrasing: ['{subject} heads {object}', 'Who heads {object}?', null],
      },
      { id: 'attended', phrasing: ['{subject} attended {object}', 'Who attended {object}?', null] },
      {
        id: 'staged',
        distinctValues: true,
        phrasing: ['{subject} staged {object}', 'Who staged {object}?', null],
      },
      {
        id: 'hosted_by',
        singleValue: true,
        phrasing: [
          '{subject} was hosted by {object}',
          'What was hosted by {object}?',
          'Who hosted {subject}?',
        ],
      },
      {
        id: 'aims_to',
        object: 'VALUE',
        phrasing: ['{subject} aims to {object}', 'Who aims to {object}?', null],
      },
    ],
    claims,
  };
};

const fillIns = () => generateQuestions(buildKb(spec()), { types: ['FILL_IN'] });

describe('fill-in', () => {
  it('is asked where one answer is right and the prompt names its subject', () => {
    const prompts = fillIns().map((q) => q.prompt);
    expect(prompts).toContain('Who heads the Pact?');
    expect(prompts).toContain('Who aims to end the blockade?');
  });

  it('is not asked when the base has two right answers', () => {
    expect(fillIns().filter((q) => /attended the Riga summit/.test(q.prompt))).toEqual([]);
  });

  it('is not asked of a free description that fits any thing ("What aims to …?")', () => {
    expect(fillIns().filter((q) => /deepen ties/.test(q.prompt))).toEqual([]);
  });

  it('is not asked when the answer is a description, not a name to type', () => {
    expect(fillIns().filter((q) => q.answer === 'The Pact–Arden talks')).toEqual([]);
  });

  it('accepts the names the country list gives a country the base gives none', () => {
    const staged = fillIns().find((q) => /staged the Riga summit/.test(q.prompt));
    expect(staged).toBeDefined();
    if (!staged) return;
    for (const typed of ['USA', 'the US', 'United States', 'United States of America']) {
      expect(checkAnswer(staged, typed).correct, typed).toBe(true);
    }
    expect(checkAnswer(staged, 'Arden').correct).toBe(false);
  });
});
