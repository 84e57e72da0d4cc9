import type { Actor } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { checkAnswer, generateQuestions, type Question } from '../src/index.ts';
import { isUnnamed } from '../src/names.ts';
import { buildKb, type KbSpec } from './support/build-kb.ts';
import { madeQuestions } from './support/made.ts';
import { worldSpec } from './support/world.ts';

const prompts = (questions: Question[], type: Question['type']) =>
  questions.filter((q) => q.type === type).map((q) => q.prompt);

const fillIns = (spec: KbSpec) => generateQuestions(buildKb(spec), { types: ['FILL_IN'] });

/** The world, plus a predicate and its claims. */
function withFacts(
  predicate: KbSpec['predicates'][number],
  claims: Omit<KbSpec['claims'][number], 'p' | 'evidence'>[],
): KbSpec {
  const spec = structuredClone(worldSpec);
  spec.predicates = spec.predicates.filter((p) => p.id !== predicate.id);
  spec.predicates.push(predicate);
  for (const claim of claims) {
    spec.claims.push({
      ...claim,
      p: predicate.id,
      evidence: [['courier', 'Gorvia, Fenwick and Borduria sent observers.']],
    });
  }
  return spec;
}

describe('typed answers only where the base holds every right answer', () => {
  it('asks who blocked a plan, but not who is a member of a group or who attended a summit', () => {
    const typed = prompts(fillIns(worldSpec), 'FILL_IN');
    expect(typed).toContain('Who blocked the Alliance office in Arden?');
    // Texts never list every member or every guest: a typed "Gorvia" could be right.
    for (const open of [
      'Which of these is a member of Quad Four?',
      'What is Arden a member of?',
      'Who attended the Riga summit?',
      'What did Arden attend?',
    ]) {
      expect(typed).not.toContain(open);
    }
    // The same facts are still asked with options, where only the options need checking.
    const all = generateQuestions(buildKb(worldSpec), { seed: 1 });
    expect(all.some((q) => q.type === 'MULTI_SELECT' && q.prompt.includes('Quad Four'))).toBe(true);
  });

  it('asks for the one object of a single-valued predicate, not for its many subjects', () => {
    const located = (singleValue: boolean) =>
      withFacts(
        {
          id: 'located_in',
          singleValue,
          phrasing: [
            '{subject} is located in {object}',
            'What is located in {object}?',
            'Where is {subject} located?',
          ],
        },
        [{ id: 'summit-in-calia', s: 'riga-summit', o: 'calia', statement: 'In Calia.' }],
      );
    const typed = prompts(fillIns(located(true)), 'FILL_IN');
    expect(typed).toContain('Where is the Riga summit located?');
    expect(typed).not.toContain('What is located in Calia?');
    expect(prompts(fillIns(located(false)), 'FILL_IN')).not.toContain(
      'Where is the Riga summit located?',
    );
  });

  it('asks for the one subject of a distinct-valued predicate', () => {
    const leads = (distinctValues: boolean) =>
      withFacts(
        {
          id: 'leads',
          distinctValues,
          phrasing: [
            '{subject} leads {object}',
            'Who leads {object}?',
            'What does {subject} lead?',
          ],
        },
        [{ id: 'tesk-leads-borduria', s: 'karl-tesk', o: 'borduria', statement: 'Tesk leads.' }],
      );
    const typed = prompts(fillIns(leads(true)), 'FILL_IN');
    expect(typed).toContain('Who leads Borduria?');
    // A leader may lead more than one thing: the party, the country, a summit.
    expect(typed).not.toContain('What does Karl Tesk lead?');
    expect(prompts(fillIns(leads(false)), 'FILL_IN')).not.toContain('Who leads Borduria?');
  });

  it('asks who fits a definite description, not who fits an indefinite one', () => {
    const spec = withFacts(
      {
        id: 'holds_position',
        object: 'VALUE',
        phrasing: ['{subject} is {object}', 'Who is {object}?', null],
      },
      [
        {
          id: 'tesk-president',
          s: 'karl-tesk',
          value: { kind: 'text', text: 'the President of Borduria' },
          statement: 'Tesk is president.',
        },
        {
          id: 'vos-former',
          s: 'piet-vos',
          value: { kind: 'text', text: 'a former banker' },
          statement: 'Vos was a banker.',
        },
      ],
    );
    const typed = prompts(fillIns(spec), 'FILL_IN');
    expect(typed).toContain('Who is the President of Borduria?');
    expect(typed).not.toContain('Who is a former banker?');
  });
});

describe('typed answers are names', () => {
  it('knows a description from a name', () => {
    const named = (name: string) => !isUnnamed({ name } as Actor);
    for (const name of ['An anonymous diplomat', 'Two NATO officials', "Donald Trump's acolytes"])
      expect(named(name), name).toBe(false);
    for (const name of ["NATO's military command structure", "Japan's mission to NATO", 'Vilnius'])
      expect(named(name), name).toBe(true);
  });

  it('asks no one to type an actor known only by a description', () => {
    const spec = withFacts(
      { id: 'blocked', phrasing: ['{subject} blocked {object}', 'Who blocked {object}?', null] },
      [
        { id: 'tesk-blocked', s: 'karl-tesk', o: 'arden-office', statement: 'Tesk did.' },
        { id: 'anon-blocked', s: 'anon-official', o: 'riga-summit', statement: 'One did.' },
      ],
    );
    spec.actors.push(['anon-official', 'An anonymous official', 'PERSON']);
    const typed = (claimId: string) =>
      generateQuestions(buildKb(spec), { types: ['FILL_IN'], claimIds: [claimId] });
    expect(typed('tesk-blocked')).toHaveLength(1);
    expect(typed('anon-blocked')).toHaveLength(0);
  });
});

describe('implied predicates', () => {
  const opposes = (implies: string[], openEnded = false) => {
    const spec = withFacts(
      {
        id: 'opposes',
        openEnded,
        phrasing: ['{subject} opposes {object}', 'Who opposes {object}?', null],
      },
      [{ id: 'vos-opposes', s: 'piet-vos', o: 'arden-office', statement: 'Vos opposes it.' }],
    );
    const blocked = spec.predicates.find((p) => p.id === 'blocked');
    if (blocked) blocked.implies = implies;
    return generateQuestions(buildKb(spec), { seed: 3 });
  };

  it('counts whoever blocked a plan as one who opposes it: a second answer, so not typed', () => {
    const find = (questions: Question[]) =>
      questions.find(
        (q) => q.type === 'FILL_IN' && q.prompt === 'Who opposes the Alliance office in Arden?',
      );
    expect(find(opposes(['opposes']))).toBeUndefined();
    const unimplied = find(opposes([]));
    expect(unimplied && checkAnswer(unimplied, 'Piet Vos').correct).toBe(true);
    expect(unimplied && checkAnswer(unimplied, 'Karl Tesk').correct).toBe(false);
    // Open-ended, it is not typed: a critic no claim names could be.
    expect(find(opposes(['opposes'], true))).toBeUndefined();
  });

  it('never offers whoever blocked a plan as a wrong answer to who opposes it', () => {
    for (const q of opposes(['opposes'], true)) {
      if (!q.prompt.includes('oppose')) continue;
      const wrong = q.options.filter((o) => !o.correct).map((o) => o.text);
      expect(wrong, q.prompt).not.toContain('Karl Tesk');
      expect(q.template === 'statement-false' && q.prompt.startsWith('Karl Tesk'), q.prompt).toBe(
        false,
      );
    }
  });
});

describe('past states', () => {
  it('words a state dated before the text that reports it in the past tense', () => {
    const spec = withFacts(
      {
        id: 'leads',
        distinctValues: true,
        phrasing: ['{subject} leads {object}', 'Who leads {object}?', 'What does {subject} lead?'],
      },
      [
        { id: 'vos-led', s: 'piet-vos', o: 'calia', time: '2017', statement: 'Vos led Calia.' },
        { id: 'tesk-leads', s: 'karl-tesk', o: 'borduria', time: '2024', statement: 'Tesk leads.' },
      ],
    );
    for (const source of spec.sources) source.published = '2024-07';
    const questions = madeQuestions(buildKb(spec), 2);
    const asked = (claimId: string) =>
      questions
        .filter((q) => q.claimIds.includes(claimId) && q.template !== 'statement-false')
        .map((q) => q.prompt);
    expect(asked('vos-led')).toEqual(
      expect.arrayContaining(['In 2017, Piet Vos led Calia.', 'In 2017, who led Calia?']),
    );
    expect(asked('tesk-leads')).toEqual(
      expect.arrayContaining([
        'As of 2024, Karl Tesk leads Borduria.',
        'As of 2024, who leads Borduria?',
      ]),
    );
  });

  it('words a state that ended before the text came out in the past, before its end', () => {
    const spec = withFacts(
      {
        id: 'covers',
        phrasing: ['{subject} covers {object}', null, 'What does {subject} cover?'],
      },
      [
        { id: 'ended', s: 'piet-vos', o: 'calia', until: '2017', statement: 'Vos covered Calia.' },
        { id: 'ends', s: 'karl-tesk', o: 'borduria', until: '2025', statement: 'Tesk covers it.' },
        {
          id: 'spanned',
          s: 'lena-ortiz',
          o: 'delmar',
          time: '2009',
          until: '2017',
          statement: 'Ortiz covered Delmar.',
        },
      ],
    );
    for (const source of spec.sources) source.published = '2024-07';
    const prompts = madeQuestions(buildKb(spec), 2).map((q) => q.prompt);
    expect(prompts).toEqual(
      expect.arrayContaining([
        'Before 2017, Piet Vos covered Calia.',
        'Before 2017, what did Piet Vos cover?',
        // Still holding when the text came out: the present.
        'Until 2025, Karl Tesk covers Borduria.',
        'From 2009 until 2017, Lena Ortiz covered Delmar.',
      ]),
    );
  });
});
