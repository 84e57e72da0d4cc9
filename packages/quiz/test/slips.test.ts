import { loadKnowledgeBase } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  generateQuestions,
  markAnswer,
  type Question,
  rivalAnswers,
} from '../src/index.ts';
import { editDistance } from '../src/slips.ts';
import { buildKb, type KbSpec } from './support/build-kb.ts';
import { madeQuestions } from './support/made.ts';
import { worldSpec } from './support/world.ts';

/** The world, with a long name to misspell (who heads the Alliance) and a country with aliases. */
function withWelcomer(...more: KbSpec['actors']) {
  const spec = structuredClone(worldSpec);
  spec.actors.push(
    ['jens-stoltenberg', 'Jens Stoltenberg', 'PERSON', 'Secretary-General', ['Stoltenberg']],
    ['the-states', 'United States', 'COUNTRY', 'a country', ['US', 'U.S.', 'USA', 'America']],
    ...more,
  );
  spec.predicates.push(
    {
      id: 'heads',
      distinctValues: true,
      phrasing: ['{subject} heads {object}', 'Who heads {object}?', null],
    },
    {
      id: 'staged',
      distinctValues: true,
      phrasing: ['{subject} staged {object}', 'Who staged {object}?', null],
    },
  );
  spec.claims.push(
    {
      id: 'stoltenberg-heads',
      s: 'jens-stoltenberg',
      p: 'heads',
      o: 'alliance',
      statement: 'Jens Stoltenberg heads the Alliance.',
      evidence: [['courier', 'Esland joined the Quad Four']],
    },
    {
      id: 'states-staged',
      s: 'the-states',
      p: 'staged',
      o: 'riga-summit',
      statement: 'The United States staged the Riga summit.',
      evidence: [['courier', 'Gorvia, Fenwick and Borduria sent observers.']],
    },
  );
  return buildKb(spec);
}

const fillIn = (kb: ReturnType<typeof buildKb>, prompt: RegExp): Question => {
  const q = madeQuestions(kb).find((x) => x.type === 'FILL_IN' && prompt.test(x.prompt));
  if (!q) throw new Error(`no fill-in ${prompt}`);
  return q;
};

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one each', () => {
    expect(editDistance('stoltenberg', 'stoltenburg', 2)).toBe(1);
    expect(editDistance('frederiksen', 'fredriksen', 2)).toBe(1);
    expect(editDistance('macron', 'macorn', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('', 'abc', 5)).toBe(3);
  });
});

describe('typed names: slips, aliases, lookalikes', () => {
  const kb = withWelcomer();
  const leader = fillIn(kb, /^Who heads the Alliance\?$/);
  const check = (q: Question, typed: string) => checkAnswer(q, typed, { kb });

  it('credits a slip of a long name, marked almost with the right spelling', () => {
    for (const [typed, almost] of [
      ['Jens Stoltenburg', 'Jens Stoltenberg'],
      ['Stoltenburg', 'Stoltenberg'],
      ['Jans Stoltenburg', 'Jens Stoltenberg'],
      ['Jens Stoltneberg', 'Jens Stoltenberg'],
    ]) {
      const result = check(leader, typed as string);
      expect([result.correct, result.score, result.almost], typed).toEqual([true, 1, almost]);
    }
    expect(check(leader, 'Jens Stoltenberg').almost).toBeNull();
    expect(check(leader, 'Jens Stoltenberg').correct).toBe(true);
  });

  it('refuses more slips than a name allows, and any slip in a short name', () => {
    for (const typed of ['Jans Staltenburg', 'Stultonburg', 'Karl Tesk', '']) {
      expect(check(leader, typed).correct, typed).toBe(false);
      expect(check(leader, typed).almost, typed).toBeNull();
    }
    const blocked = fillIn(kb, /^Who blocked the Alliance office in Arden\?$/);
    // "Tesk" has four letters: "Tesq" could be anyone.
    expect(check(blocked, 'Tesq').correct).toBe(false);
    expect(check(blocked, 'Karl Tesc').almost).toBe('Karl Tesk');
  });

  it('forgives nothing without the base: another name may be as close', () => {
    expect(checkAnswer(leader, 'Jens Stoltenburg').correct).toBe(false);
    expect(checkAnswer(leader, 'Jens Stoltenburg').almost).toBeNull();
  });

  it('never credits a different person with a similar name', () => {
    const kb = withWelcomer(['jens-stoltenborg', 'Jens Stoltenborg', 'PERSON', 'Historian']);
    const q = fillIn(kb, /^Who heads the Alliance\?$/);
    for (const typed of ['Jens Stoltenborg', 'Jens Stoltenbarg', 'Jens Stoltenb rg']) {
      expect(checkAnswer(q, typed, { kb }).correct, typed).toBe(false);
    }
    // Closer to the right one than to him: still a slip.
    expect(checkAnswer(q, 'Jens Stoltenbergg', { kb }).almost).toBe('Jens Stoltenberg');
  });

  it('accepts the abbreviations and names the data gives: USA, U.S., America', () => {
    const q = fillIn(kb, /^Which country staged the Riga summit\?$/);
    for (const typed of ['USA', 'U.S.A.', 'U.S.', 'US', 'America', 'the United States']) {
      expect(check(q, typed).correct, typed).toBe(true);
      expect(check(q, typed).almost, typed).toBeNull();
    }
  });
});

describe('rival answers: what a question kept without its base needs', () => {
  const kb = withWelcomer(
    ['jens-stoltenborg', 'Jens Stoltenborg', 'PERSON', 'Historian'],
    ['jonas-stahlberg', 'Jonas Stahlberg', 'PERSON', 'Diplomat'],
  );
  const leader = fillIn(kb, /^Who heads the Alliance\?$/);

  it('names the other actors near a right name, never a right one or a distant one', () => {
    const rivals = rivalAnswers(kb, leader.acceptedAnswers);
    expect(rivals).toContain('Jens Stoltenborg');
    for (const name of rivals) expect(leader.acceptedAnswers, name).not.toContain(name);
    expect(rivals).not.toContain('Jonas Stahlberg');
    expect(rivals).not.toContain('Karl Tesk');
    // A short name takes no slips, so nothing can stand in its way.
    expect(rivalAnswers(kb, ['Tesk'])).toEqual([]);
  });

  it('marks with the rivals exactly as with the whole base, slips and lookalikes alike', () => {
    const rivals = rivalAnswers(kb, leader.acceptedAnswers);
    const typings = [
      'Jens Stoltenburg',
      'Jens Stoltenborg',
      'Jens Stoltenbarg',
      'Jens Stoltenbergg',
      'Stoltenburg',
      'Jans Staltenburg',
      'Jonas Stahlberg',
      'Jens Stoltenberg',
    ];
    for (const typed of typings) {
      expect(markAnswer(leader, typed, { rivals }), typed).toEqual(
        markAnswer(leader, typed, { kb }),
      );
    }
    // Without the rivals a stored question would credit the other Jens: they are what stops it.
    expect(markAnswer(leader, 'Jens Stoltenbarg', { rivals: [] }).almost).toBe('Jens Stoltenberg');
    expect(markAnswer(leader, 'Jens Stoltenbarg', { rivals }).correct).toBe(false);
  });
});

describe('typed names on the corpus', () => {
  const kb = loadKnowledgeBase();
  const fillIns = generateQuestions(kb, { types: ['FILL_IN'] });
  const names = kb.actors.flatMap((a) => [a.name, ...a.aliases.map((x) => x.name)]);

  it('no other actor’s name is ever credited to a fill-in', () => {
    expect(fillIns.length).toBeGreaterThan(0);
    for (const q of fillIns) {
      const accepted = new Set(q.acceptedAnswers);
      const right = new Set(
        kb.actors
          .filter((a) => [a.name, ...a.aliases.map((x) => x.name)].some((n) => accepted.has(n)))
          .map((a) => a.id),
      );
      for (const actor of kb.actors) {
        if (right.has(actor.id)) continue;
        for (const name of [actor.name, ...actor.aliases.map((x) => x.name)]) {
          if (accepted.has(name)) continue;
          expect(checkAnswer(q, name, { kb }).correct, `${q.prompt} ← ${name}`).toBe(false);
        }
      }
    }
    expect(names.length).toBeGreaterThan(0);
  });

  it('one letter dropped from a right name of ten letters or more is almost right', () => {
    let slips = 0;
    for (const q of fillIns) {
      for (const name of q.acceptedAnswers) {
        if (name.replace(/[^\p{L}]/gu, '').length < 10) continue;
        const slip = name.slice(0, 4) + name.slice(5);
        const result = checkAnswer(q, slip, { kb });
        // Unless the slip lands as close to another actor's name.
        const other = names.some((n) => !q.acceptedAnswers.includes(n) && n === slip);
        if (other) continue;
        expect(result.correct, `${q.prompt} ← ${slip}`).toBe(true);
        expect(result.almost === null || q.acceptedAnswers.includes(result.almost)).toBe(true);
        slips++;
      }
    }
    expect(slips).toBeGreaterThan(0);
  });

  it('marks every fill-in with its rival answers as with the base', () => {
    let compared = 0;
    for (const q of fillIns) {
      const rivals = rivalAnswers(kb, q.acceptedAnswers);
      // Slips of every right name, and every name in the base near one.
      const typings = q.acceptedAnswers.flatMap((a) => [
        a.slice(1),
        `${a.slice(0, 3)}x${a.slice(4)}`,
      ]);
      for (const typed of [
        ...typings,
        ...rivals,
        ...names.filter((n) => n[0] === q.acceptedAnswers[0]?.[0]),
      ]) {
        expect(markAnswer(q, typed, { rivals }), `${q.prompt} ← ${typed}`).toEqual(
          markAnswer(q, typed, { kb }),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
