import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  generateQuestions,
  type Question,
  toLearnerQuestion,
  typedCredit,
} from '../src/index.ts';
import { buildKb } from './support/build-kb.ts';
import { world, worldSpec } from './support/world.ts';

const kb = world();
const all = generateQuestions(kb, { seed: 7 });
const pick = (f: (q: Question) => boolean) => {
  const q = all.find(f);
  if (!q) throw new Error('missing');
  return q;
};
const ids = (q: Question, correct: boolean) =>
  q.options.filter((o) => o.correct === correct).map((o) => o.id);

describe('fill-in matching', () => {
  const blocked = pick(
    (q) => q.type === 'FILL_IN' && q.prompt === 'Who blocked the Alliance office in Arden?',
  );

  it('accepts the name and aliases, forgiving case, diacritics, punctuation and “the”', () => {
    for (const typed of [
      'Karl Tesk',
      'karl tesk',
      '  KARL   TESK. ',
      'Tesk',
      'Kárl Teśk',
      'the Karl-Tesk',
    ]) {
      expect(checkAnswer(blocked, typed).correct, typed).toBe(true);
    }
    for (const typed of ['Karl', 'Mira Soto', '', 'Tesk Karl'])
      expect(checkAnswer(blocked, typed).correct, typed).toBe(false);
  });

  it('forgives a leading “a”, a possessive and the dots of initials', () => {
    const accepted = ['Washington, D.C.', 'The Alliance office in Arden', 'A. B. Tesk'];
    for (const typed of [
      'Washington DC',
      'washington d.c',
      'an Alliance office in Arden',
      'the Alliance’s office in Arden',
      'AB Tesk',
    ]) {
      expect(typedCredit(accepted, typed), typed).toBe(1);
    }
    for (const typed of ['Washington', 'B. Tesk', 'Alliance offices in Arden', 'Arden'])
      expect(typedCredit(accepted, typed), typed).toBe(0);
  });

  it('matches Billstrom to Billström through the alias-free normalization', () => {
    const spec = structuredClone(worldSpec);
    spec.actors.push([
      'tobias-billstrom',
      'Tobias Billström',
      'PERSON',
      'Swedish Foreign Minister',
      ['Billstrom'],
    ]);
    // He alone welcomes the office: one right answer to type.
    spec.claims = spec.claims.filter((c) => c.id !== 'soto-welcomed-office');
    spec.claims.push({
      id: 'billstrom-blocked',
      s: 'tobias-billstrom',
      p: 'welcomed',
      o: 'arden-office',
      statement: 'Tobias Billström welcomed the office.',
      evidence: [['courier', 'Esland joined the Quad Four']],
    });
    const q = generateQuestions(buildKb(spec), { types: ['FILL_IN'] }).find(
      (x) => x.prompt === 'Who welcomed the Alliance office in Arden?',
    );
    expect(q && checkAnswer(q, 'billstrom').correct).toBe(true);
    expect(q && checkAnswer(q, 'Tobias Billstrom').correct).toBe(true);
  });

  it('does not accept a misspelling alias kept only to find the actor in a text', () => {
    const kb = world();
    const tesk = kb.actors.find((a) => a.id === 'karl-tesk');
    tesk?.aliases.push({ name: 'Karl Tesc', kind: 'MISSPELLING' });
    const q = generateQuestions(kb, { types: ['FILL_IN'] }).find(
      (x) => x.prompt === 'Who blocked the Alliance office in Arden?',
    );
    expect(q?.acceptedAnswers).toEqual(['Karl Tesk', 'Tesk']);
    expect(q && checkAnswer(q, 'Karl Tesc').correct).toBe(false);
  });

  it('is not asked when several actors make it true: a typed answer would be a guess', () => {
    // The Pine and the Ridge institutes both praised the office.
    const praised = all.filter(
      (q) => q.type === 'FILL_IN' && q.prompt === 'Who praised the Alliance office in Arden?',
    );
    expect(praised).toEqual([]);
  });

  it('is not asked when another actor has the asked value', () => {
    const spec = structuredClone(worldSpec);
    const warnedPredicate = spec.predicates.find((p) => p.id === 'warned');
    if (warnedPredicate)
      warnedPredicate.phrasing = [
        '{subject} warned that {object}',
        'Who warned that {object}?',
        null,
      ];
    spec.claims.push({
      id: 'vos-warned',
      s: 'piet-vos',
      p: 'warned',
      value: { kind: 'text', text: 'the office could raise tensions' },
      statement: 'Piet Vos warned that the office could raise tensions.',
      evidence: [['herald', 'the office is a waste of money and time']],
    });
    const warned = generateQuestions(buildKb(spec), { types: ['FILL_IN'] }).filter(
      (q) => q.template === 'ask-subject' && q.claimIds[0] === 'ortiz-warned',
    );
    expect(warned).toEqual([]);
  });

  it('accepts other right answers only at the asked time', () => {
    const spec = structuredClone(worldSpec);
    for (const claim of spec.claims) {
      if (claim.id === 'pine-praised-office') claim.time = '2023';
      if (claim.id === 'ridge-praised-office') claim.time = '2022';
    }
    const q = generateQuestions(buildKb(spec), { types: ['FILL_IN'] }).find(
      (x) => x.prompt === 'In 2022, who praised the Alliance office in Arden?',
    );
    expect(q?.acceptedAnswers).toEqual(['Ridge Institute for Peace']);
    expect(q && checkAnswer(q, 'Pine Institute').correct).toBe(false);
  });

  it('accepts the country when one of its government bodies is the answer', () => {
    const asked = (kind: 'GOVERNMENT' | 'ORGANIZATION') => {
      const spec = structuredClone(worldSpec);
      spec.actors.push(['borduria-ministry', 'The Bordurian Foreign Ministry', kind]);
      spec.relations = [...(spec.relations ?? []), ['PART_OF', 'borduria-ministry', 'borduria']];
      // The ministry alone blocks the office: one right answer (with its country) to type.
      spec.claims = spec.claims.filter((c) => c.id !== 'tesk-blocked-office');
      spec.claims.push({
        id: 'ministry-blocked',
        s: 'borduria-ministry',
        p: 'blocked',
        o: 'arden-office',
        statement: 'The ministry blocked the office.',
        evidence: [['courier', 'Gorvia, Fenwick and Borduria sent observers.']],
      });
      const q = generateQuestions(buildKb(spec), { claimIds: ['ministry-blocked'] }).find(
        (x) => x.type === 'FILL_IN' && x.prompt === 'Who blocked the Alliance office in Arden?',
      );
      if (!q) throw new Error('not asked');
      return q;
    };
    const government = asked('GOVERNMENT');
    expect(checkAnswer(government, 'Bordurian Foreign Ministry').correct).toBe(true);
    expect(checkAnswer(government, 'Borduria').correct).toBe(true);
    expect(checkAnswer(government, 'Calia').correct).toBe(false);
    // A company or a club in a country does not speak for it.
    expect(checkAnswer(asked('ORGANIZATION'), 'Borduria').correct).toBe(false);
  });

  it('accepts the places around a single place up to its country: Harbor City is in Arden', () => {
    const spec = structuredClone(worldSpec);
    spec.actors.push(['harbor', 'Harbor City', 'PLACE'], ['coast', 'the Coast', 'PLACE']);
    spec.relations = [
      ...(spec.relations ?? []),
      ['PART_OF', 'harbor', 'arden'],
      ['PART_OF', 'arden', 'coast'],
    ];
    spec.predicates.push({
      id: 'located_in',
      singleValue: true,
      phrasing: ['{subject} is located in {object}', null, 'Where is {subject} located?'],
    });
    spec.claims.push({
      id: 'summit-in-harbor',
      s: 'riga-summit',
      p: 'located_in',
      o: 'harbor',
      statement: 'The summit is in Harbor City.',
      evidence: [['courier', 'Gorvia, Fenwick and Borduria sent observers.']],
    });
    const q = generateQuestions(buildKb(spec), { types: ['FILL_IN'] }).find(
      (x) => x.prompt === 'Where is the Riga summit located?',
    );
    // Up to its country: "the Coast" is true too, but no answer a teacher asked for.
    expect(q?.acceptedAnswers).toEqual(['Harbor City', 'Arden']);
    expect(q && checkAnswer(q, 'arden').correct).toBe(true);
    expect(q && checkAnswer(q, 'the Coast').correct).toBe(false);
    expect(q && checkAnswer(q, 'Calia').correct).toBe(false);
  });

  it('matches an abbreviation alias', () => {
    const spec = structuredClone(worldSpec);
    spec.claims = spec.claims.filter((c) => c.id !== 'soto-welcomed-office');
    spec.claims.push({
      id: 'quad-welcomed-office',
      s: 'quad-four',
      p: 'welcomed',
      o: 'arden-office',
      statement: 'The Quad Four welcomed the office.',
      evidence: [['courier', 'Esland joined the Quad Four']],
    });
    const q = generateQuestions(buildKb(spec), { types: ['FILL_IN'] }).find(
      (x) => x.prompt === 'Who welcomed the Alliance office in Arden?',
    );
    expect(q && checkAnswer(q, 'Q4').correct).toBe(true);
    expect(q && checkAnswer(q, 'the quad four').correct).toBe(true);
  });
});

describe('checkAnswer', () => {
  it('single choice: exactly the right option', () => {
    const q = pick((q) => q.type === 'SINGLE_CHOICE');
    const [right] = ids(q, true);
    const [wrong] = ids(q, false);
    expect(checkAnswer(q, [right as string])).toMatchObject({
      correct: true,
      score: 1,
      correctOptionIds: [right],
    });
    expect(checkAnswer(q, right as string).correct).toBe(true);
    expect(checkAnswer(q, [wrong as string]).score).toBe(0);
    expect(checkAnswer(q, [right as string, wrong as string]).score).toBe(0);
    expect(checkAnswer(q, []).score).toBe(0);
  });

  it('multi-select: (right picks − wrong picks) / right options, floored at 0', () => {
    const q = pick((q) => q.template === 'members:MEMBER_OF');
    const right = ids(q, true);
    const wrong = ids(q, false);
    expect(right).toHaveLength(4);
    expect(checkAnswer(q, right)).toMatchObject({ correct: true, score: 1 });
    expect(checkAnswer(q, right.slice(0, 3)).score).toBe(0.75);
    expect(checkAnswer(q, [...right.slice(0, 3), wrong[0] as string]).score).toBe(0.5);
    expect(checkAnswer(q, [...right, ...wrong]).score).toBe((4 - wrong.length) / 4);
    expect(checkAnswer(q, [right[0] as string, ...wrong.slice(0, 2)]).score).toBe(0);
    expect(checkAnswer(q, [...right, 'no-such-option']).score).toBe(0.75);
    expect(checkAnswer(q, right.slice(0, 3)).correct).toBe(false);
  });

  it('returns the explanation and the evidence', () => {
    const q = pick((q) => q.type === 'TRUE_FALSE');
    const result = checkAnswer(q, ids(q, true));
    expect(result.explanation.length).toBeGreaterThan(0);
    expect(result.evidence).toEqual(q.evidence);
  });
});

describe('toLearnerQuestion', () => {
  it('hides the correct flags, accepted answers, answer and explanation', () => {
    for (const q of all) {
      const view = toLearnerQuestion(q);
      const text = JSON.stringify(view);
      expect(Object.keys(view).sort()).toEqual([
        'difficulty',
        'id',
        'options',
        'prompt',
        'selectMany',
        'type',
      ]);
      expect(text).not.toContain('correct');
      for (const o of view.options) expect(Object.keys(o).sort()).toEqual(['id', 'text']);
    }
  });
});
