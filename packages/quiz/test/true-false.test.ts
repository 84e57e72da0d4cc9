import { normalizeName } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../src/index.ts';
import { buildKb, type ClaimSpec } from './support/build-kb.ts';
import { madeQuestions } from './support/made.ts';
import { trueStatementCores } from './support/quality.ts';
import { world, worldSpec } from './support/world.ts';

const kb = world();

describe('true/false', () => {
  // Every statement made, before a quiz balances true and false (see the balance tests).
  const questions = madeQuestions(kb).filter((q) => q.type === 'TRUE_FALSE');
  const falses = questions.filter((q) => q.template.startsWith('statement-false'));

  it('makes a true and a false statement from facts', () => {
    expect(questions.filter((q) => q.template.startsWith('statement-true')).length).toBeGreaterThan(
      5,
    );
    expect(falses.length).toBeGreaterThan(2);
  });

  it('never makes a false statement that a claim or relation makes true', () => {
    for (const q of falses) {
      const claim = kb.claims.find((c) => c.id === q.claimIds[0]);
      const prompt = normalizeName(q.prompt);
      for (const core of trueStatementCores(kb, claim?.predicateId ?? '')) {
        expect(prompt.endsWith(core), `${q.prompt} is true: ${core}`).toBe(false);
      }
    }
  });

  /** The false statements made from one claim, as questions. */
  const falsesFrom = (spec: typeof worldSpec, claimId: string) =>
    generateQuestions(buildKb(spec), { claimIds: [claimId], types: ['TRUE_FALSE'] }).filter((q) =>
      q.template.startsWith('statement-false'),
    );
  const falseFor = (spec: typeof worldSpec, claimId: string) =>
    falsesFrom(spec, claimId).map((q) => q.prompt);
  /** The world and one claim more: who else does what (evidence need not say it here). */
  const worldAnd = (id: string, s: string, p: string, statement: string) => {
    const spec = structuredClone(worldSpec);
    spec.claims.push({
      id,
      s,
      p,
      o: 'riga-summit',
      statement,
      evidence: [['gazette', 'The Alliance agreed in 2023']],
    });
    return spec;
  };
  const vosBlocks = () => worldAnd('vos-blocked-summit', 'piet-vos', 'blocked', 'Vos blocked it.');

  it('swaps in a person for a person, one who does this elsewhere: not who no text says did', () => {
    // No other person blocked anything: "Lena Ortiz blocked the office" would be false only
    // because no text says she did.
    expect(falseFor(worldSpec, 'tesk-blocked-office')).toEqual([]);
    expect(falseFor(vosBlocks(), 'tesk-blocked-office')).toEqual([
      'Piet Vos blocked the Alliance office in Arden.',
    ]);
  });

  it('swaps in an alliance only where it does this elsewhere: it acts through its members', () => {
    expect(falseFor(worldSpec, 'alliance-plans-office')).toEqual([]);
    const spec = worldAnd('league-plans', 'eastern-league', 'plans_to_open', 'It plans that.');
    expect(falseFor(spec, 'alliance-plans-office')).toEqual([
      'As of 2023, Eastern League plans to open the Alliance office in Arden.',
    ]);
  });

  it('explains a swapped subject by what the base says of it', () => {
    const spec = vosBlocks();
    const [swapped] = falsesFrom(spec, 'tesk-blocked-office');
    // What Vos did block, then what is true of the office.
    const tesk = spec.claims.find((c) => c.id === 'tesk-blocked-office');
    expect(swapped?.explanation).toBe(`Vos blocked it. ${tesk?.statement}`);
  });

  it('never swaps in the member kept only in the background', () => {
    for (const q of falses) expect(q.prompt).not.toBe('Gorvia is a member of Quad Four.');
  });

  it('never swaps in an actor a claim by another predicate ties to the kept side', () => {
    // Karl Tesk blocked the office: "Karl Tesk opposed the office" would be no lie, though no
    // claim says "opposed". With him the only other person, there is no false statement.
    const spec = structuredClone(worldSpec);
    spec.predicates.push({ id: 'opposed', phrasing: ['{subject} opposed {object}', null, null] });
    spec.actors = spec.actors.filter(([id, , kind]) => kind !== 'PERSON' || id === 'karl-tesk');
    spec.actors.push(['nina-berg', 'Nina Berg', 'PERSON', 'Mayor of Arden']);
    spec.claims = spec.claims.filter((c) => ![c.s, c.o, c.speaker].some(isGonePerson(spec)));
    spec.claims.push({
      id: 'berg-opposed-office',
      s: 'nina-berg',
      p: 'opposed',
      o: 'arden-office',
      statement: 'Nina Berg opposed the office.',
      evidence: [['herald', 'the office is a waste of money and time']],
    });
    const qs = madeQuestions(buildKb(spec)).filter((q) => q.type === 'TRUE_FALSE');
    const aboutBerg = qs.filter((q) => q.claimIds.includes('berg-opposed-office'));
    expect(aboutBerg.map((q) => q.prompt)).toEqual([
      'Nina Berg opposed the Alliance office in Arden.',
    ]);
  });

  it('never swaps in an actor in the same group as the kept side', () => {
    // Esland and the Riga summit both belong to the Alliance: "Esland attended the Riga summit"
    // is not false so much as surely true. Other countries stay fair.
    const spec = structuredClone(worldSpec);
    spec.relations = [
      ...(spec.relations ?? []),
      ['PART_OF', 'riga-summit', 'alliance'],
      ...['borduria', 'esland'].map(
        (id) => ['MEMBER_OF', id, 'alliance'] as ['MEMBER_OF', string, string],
      ),
    ];
    const qs = generateQuestions(buildKb(spec), { types: ['TRUE_FALSE', 'SINGLE_CHOICE'] });
    const offered = qs
      .filter((q) => q.prompt.includes('the Riga summit'))
      .flatMap((q) =>
        q.type === 'TRUE_FALSE'
          ? [q.prompt].filter(() => q.template.startsWith('statement-false'))
          : q.options.filter((o) => !o.correct).map((o) => o.text),
      );
    expect(offered.length).toBeGreaterThan(0);
    for (const text of offered) {
      expect(text).not.toMatch(/^(Borduria|Esland)\b/);
    }
  });

  it('never swaps in an actor related to the one it replaces', () => {
    // Gorvia is (in the background) a member of Quad Four: "Quad Four attended …" for Gorvia's
    // summit would be confused, not false.
    for (const q of falses) {
      const claim = kb.claims.find((c) => c.id === q.claimIds[0]);
      if (claim?.subjectId === 'gorvia') expect(q.prompt).not.toMatch(/^Quad Four /);
      if (claim?.subjectId === 'quad-four') expect(q.prompt).not.toMatch(/^Gorvia /);
    }
  });

  it('makes false statements from quotes, never from other free text', () => {
    const spec = structuredClone(worldSpec);
    for (const predicate of spec.predicates) {
      if (predicate.id === 'said') predicate.phrasing = ['{subject} said “{object}”', null, null];
      if (predicate.id === 'warned')
        predicate.phrasing = ['{subject} warned that {object}', null, null];
    }
    spec.claims.push({
      id: 'vos-warned',
      s: 'piet-vos',
      p: 'warned',
      value: { kind: 'text', text: 'the office is a waste' },
      statement: 'Piet Vos warned that the office is a waste.',
      evidence: [['herald', 'the office is a waste of money and time']],
    });
    const qs = generateQuestions(buildKb(spec), { types: ['TRUE_FALSE'] });
    const falseAbout = (id: string) =>
      qs.filter((q) => q.template.startsWith('statement-false') && q.claimIds.includes(id));
    // "Piet Vos warned that the office could raise tensions" may well be true too.
    expect([...falseAbout('ortiz-warned'), ...falseAbout('vos-warned')]).toEqual([]);
    const quotes = ['lindstrom-next-year', 'soto-bridge', 'vos-waste'].flatMap(falseAbout);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.prompt).toMatch(/ said “The office (opens|is)/);
  });

  it('skips the false statement when every swap would be true', () => {
    const spec = structuredClone(worldSpec);
    spec.predicates.push({ id: 'borders', phrasing: ['{subject} borders {object}', null, null] });
    spec.actors = spec.actors.filter(
      ([id, , kind]) => kind !== 'COUNTRY' || ['arden', 'calia'].includes(id),
    );
    spec.claims = [
      {
        id: 'arden-borders-calia',
        s: 'arden',
        p: 'borders',
        o: 'calia',
        statement: 'Arden borders Calia.',
        evidence: [['courier', 'Calia once hosted']],
      },
      {
        id: 'calia-borders-arden',
        s: 'calia',
        p: 'borders',
        o: 'arden',
        statement: 'Calia borders Arden.',
        evidence: [['courier', 'Calia once hosted']],
      },
    ];
    spec.relations = [];
    spec.disputes = [];
    const qs = madeQuestions(buildKb(spec)).filter((q) => q.type === 'TRUE_FALSE');
    expect(qs.map((q) => q.template)).toEqual(['statement-true', 'statement-true']);
  });

  it('states the opposite of a stance as false, even about a country no text lists all of', () => {
    const spec = structuredClone(worldSpec);
    spec.predicates.push(
      {
        id: 'supports',
        openEnded: true,
        opposite: 'opposes',
        phrasing: ['{subject} supports {object}', 'Who supports {object}?', null],
      },
      {
        id: 'opposes',
        openEnded: true,
        opposite: 'supports',
        phrasing: ['{subject} opposes {object}', 'Who opposes {object}?', null],
      },
    );
    const stance = (id: string, s: string, p: string, o: string): ClaimSpec => ({
      id,
      s,
      p,
      o,
      statement: `${s} ${p} ${o}.`,
      evidence: [['courier', 'Gorvia, Fenwick and Borduria sent observers']],
    });
    spec.claims.push(
      stance('gorvia-backs-calia', 'gorvia', 'supports', 'calia'),
      stance('fenwick-backs-calia', 'fenwick', 'supports', 'calia'),
      stance('fenwick-against-calia', 'fenwick', 'opposes', 'calia'),
    );
    const made = madeQuestions(buildKb(spec)).filter((q) => q.type === 'TRUE_FALSE');
    const about = (id: string) =>
      made.filter((q) => q.claimIds.includes(id)).map((q) => [q.prompt, q.answer]);
    expect(about('gorvia-backs-calia')).toEqual([
      ['Gorvia supports Calia.', 'True'],
      ['Gorvia opposes Calia.', 'False'],
    ]);
    // Sources say both of Fenwick: neither is false.
    expect(about('fenwick-backs-calia')).toEqual([['Fenwick supports Calia.', 'True']]);
  });
});

/** A test for claims that name a person the spec no longer has. */
const isGonePerson = (spec: typeof worldSpec) => {
  const kept = new Set(spec.actors.map(([id]) => id));
  return (id: string | undefined) => id !== undefined && !kept.has(id);
};

describe('true/false from a denial', () => {
  const withDenial = (alsoStated: boolean) => {
    const spec = structuredClone(worldSpec);
    spec.claims.push({
      id: 'vos-denies-tesk-welcomed',
      s: 'karl-tesk',
      p: 'welcomed',
      o: 'arden-office',
      modality: 'DENIAL',
      speaker: 'piet-vos',
      statement: 'Piet Vos said Tesk never welcomed the office.',
      evidence: [['herald', 'Piet Vos of Calia said “the office is a waste of money and time”.']],
    });
    if (alsoStated) {
      spec.claims.push({
        id: 'tesk-welcomed',
        s: 'karl-tesk',
        p: 'welcomed',
        o: 'arden-office',
        statement: 'Tesk welcomed the office.',
        evidence: [['gazette', 'Mira Soto, Arden’s foreign minister, welcomed the plan.']],
      });
    }
    return generateQuestions(buildKb(spec), { seed: 1 });
  };

  it('states what is denied, keyed false, in the words of the one who denies it', () => {
    const denied = withDenial(false).filter((q) => q.claimIds.includes('vos-denies-tesk-welcomed'));
    expect(denied.map((q) => [q.template, q.prompt, q.answer])).toEqual([
      [
        'statement-denied@speaker:piet-vos',
        'According to Piet Vos, Karl Tesk welcomed the Alliance office in Arden.',
        'False',
      ],
    ]);
  });

  it('makes nothing true: its subject is no right answer to who did it', () => {
    const fillIn = withDenial(false).find(
      (q) => q.type === 'FILL_IN' && q.prompt === 'Who welcomed the Alliance office in Arden?',
    );
    expect(fillIn?.acceptedAnswers).toEqual(['Mira Soto', 'Soto']);
  });

  it('is not asked when another claim states it: the sources disagree', () => {
    const denied = withDenial(true).filter((q) => q.template.startsWith('statement-denied'));
    expect(denied).toEqual([]);
  });
});

describe('true/false from quotes', () => {
  const falsesOf = (statement: string) => {
    const spec = structuredClone(worldSpec);
    for (const p of spec.predicates) if (p.id === 'said') p.phrasing = [statement, null, null];
    return generateQuestions(buildKb(spec), { types: ['TRUE_FALSE'] }).filter(
      (q) =>
        q.template.startsWith('statement-false') &&
        q.claimIds.some((id) => ['lindstrom-next-year', 'soto-bridge', 'vos-waste'].includes(id)),
    );
  };

  it('puts words in the wrong mouth only when the statement quotes them', () => {
    // "Soto argued that the office is a waste": a point someone else may make in other words.
    expect(falsesOf('{subject} argued that {object}')).toEqual([]);
    // "Soto said “The office is a waste.”": these words are Vos's.
    expect(falsesOf('{subject} said “{object}”').length).toBeGreaterThan(0);
  });

  it('says who did say the words put in the wrong mouth', () => {
    const quotes = worldSpec.claims.filter((c) => c.p === 'said');
    const falses = falsesOf('{subject} said “{object}”');
    expect(falses.length).toBeGreaterThan(0);
    for (const q of falses) {
      const words = quotes.find((c) => c.value?.kind === 'text' && q.prompt.includes(c.value.text));
      expect(words, q.prompt).toBeDefined();
      // The one whose words they are comes first, then what the one named did say.
      expect(q.explanation.startsWith(words?.statement ?? '-'), q.explanation).toBe(true);
    }
  });
});
