import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../src/index.ts';
import type { Question } from '../src/types.ts';
import { buildKb, type ClaimSpec, type KbSpec } from './support/build-kb.ts';
import { worldSpec } from './support/world.ts';

/** The world with more claims (and actors, predicates, relations) added. */
function worldWith(change: (spec: KbSpec) => void) {
  const spec = structuredClone(worldSpec);
  change(spec);
  return buildKb(spec);
}

const claim = (id: string, s: string, p: string, o: string, statement: string): ClaimSpec => ({
  id,
  s,
  p,
  o,
  statement,
  // Words every source of the world has, so that the story casts stay as they are.
  evidence: [['gazette', 'The Alliance agreed in 2023']],
});

/** A predicate with a statement and a question for its subject (and maybe its object). */
const phrased = (id: string, statement: string, askSubject: string, askObject?: string) => ({
  id,
  phrasing: [statement, askSubject, askObject ?? null] as [string, string, string | null],
});

const SEEDS = Array.from({ length: 12 }, (_, i) => i);
const wrongOptions = (qs: Question[], prompt: string) =>
  qs.filter((q) => q.prompt === prompt).flatMap((q) => q.options.filter((o) => !o.correct));

/** Every wrong option of a prompt's single-choice questions over many seeds. */
function offeredFor(kb: ReturnType<typeof buildKb>, prompt: string): string[] {
  const offered = SEEDS.flatMap((seed) =>
    wrongOptions(generateQuestions(kb, { seed, types: ['SINGLE_CHOICE'] }), prompt),
  );
  expect(offered.length, `no question "${prompt}"`).toBeGreaterThan(0);
  return offered.map((o) => o.text);
}

const falseStatements = (kb: ReturnType<typeof buildKb>, claimId: string) =>
  generateQuestions(kb, { claimIds: [claimId], types: ['TRUE_FALSE'] })
    .filter((q) => q.template.startsWith('statement-false'))
    .map((q) => q.prompt);

describe('wrong options and false statements stay wrong', () => {
  it('the base read either way round: "the Alliance cooperates with Calia" rules out Calia', () => {
    const kb = worldWith((spec) => {
      spec.predicates.push(
        phrased(
          'cooperates_with',
          '{subject} cooperates with {object}',
          'Who cooperates with {object}?',
        ),
      );
      spec.claims.push(
        claim('arden-coop', 'arden', 'cooperates_with', 'alliance', 'Arden works with it.'),
        claim('alliance-coop', 'alliance', 'cooperates_with', 'calia', 'It works with Calia.'),
      );
    });
    expect(offeredFor(kb, 'Which country cooperates with the Alliance?')).not.toContain('Calia');
    expect(falseStatements(kb, 'arden-coop')).not.toContain('Calia cooperates with the Alliance.');
  });

  it('a part speaks for its whole: Delmar’s ministry blocked the office, so Delmar opposes it', () => {
    const kb = worldWith((spec) => {
      spec.actors.push(['delmar-ministry', 'The Delmar Foreign Ministry', 'GOVERNMENT']);
      spec.relations = [...(spec.relations ?? []), ['PART_OF', 'delmar-ministry', 'delmar']];
      spec.predicates.push(
        phrased('opposes', '{subject} opposes {object}', 'Which country opposes {object}?'),
      );
      spec.claims.push(
        claim('esland-opposes', 'esland', 'opposes', 'arden-office', 'Esland opposes it.'),
        claim('ministry-blocked', 'delmar-ministry', 'blocked', 'arden-office', 'It blocked it.'),
      );
    });
    expect(offeredFor(kb, 'Which country opposes the Alliance office in Arden?')).not.toContain(
      'Delmar',
    );
  });

  it('nothing a claim ties to the right answer: not Tesk’s adviser for Tesk', () => {
    const kb = worldWith((spec) => {
      // One more person in the story, so that three fair wrong options are left.
      spec.actors.push(['nils-dahl', 'Nils Dahl', 'PERSON', 'Mayor of Esland']);
      spec.claims.push(
        claim('ortiz-for-tesk', 'lena-ortiz', 'works_for', 'karl-tesk', 'Ortiz advises Tesk.'),
        claim('dahl-attended', 'nils-dahl', 'attended', 'riga-summit', 'Dahl attended it.'),
      );
    });
    expect(offeredFor(kb, 'Who blocked the Alliance office in Arden?')).not.toContain('Lena Ortiz');
  });

  it('no false statement for what only someone says, but for a misattributed quote', () => {
    // "According to Lena Ortiz, Calia blocked the office" would be false only in who said it.
    const kb = worldWith((spec) => {
      spec.claims.push({
        ...claim('ortiz-on-esland', 'esland', 'blocked', 'arden-office', 'Esland blocked it.'),
        modality: 'OPINION',
        speaker: 'lena-ortiz',
      });
    });
    const statements = generateQuestions(kb, {
      claimIds: ['ortiz-on-esland'],
      types: ['TRUE_FALSE'],
    }).map((q) => q.prompt);
    // Misattributed quotes stay: see true-false.test.ts.
    expect(statements).toEqual([
      'According to Lena Ortiz, Esland blocked the Alliance office in Arden.',
    ]);
  });

  it('no statement at all where the subject’s name says it: the Riga summit held in Riga', () => {
    const kb = worldWith((spec) => {
      spec.actors.push(['riga', 'Riga', 'PLACE'], ['oslo', 'Oslo', 'PLACE']);
      spec.predicates.push({
        id: 'held_in',
        phrasing: ['{subject} was held in {object}', null, 'Where was {subject} held?'],
      });
      spec.claims.push(claim('riga-in-riga', 'riga-summit', 'held_in', 'riga', 'Held in Riga.'));
    });
    const about = generateQuestions(kb, { claimIds: ['riga-in-riga'], types: ['TRUE_FALSE'] });
    expect(about.map((q) => q.prompt)).toEqual([]);
  });

  it('what its leader did, an actor did: not "the Alliance set up the desk" when its chair did', () => {
    const kb = worldWith((spec) => {
      spec.actors.push(['harbor-desk', 'the Harbor desk', 'INITIATIVE']);
      spec.predicates.push(
        phrased(
          'set_up',
          '{subject} set up {object}',
          'Who set up {object}?',
          'What did {subject} set up?',
        ),
      );
      spec.claims.push(
        claim('chair-leads', 'ana-lindstrom', 'leads', 'alliance', 'Lindström chairs it.'),
        claim('chair-set-up-desk', 'ana-lindstrom', 'set_up', 'harbor-desk', 'She set it up.'),
        claim('alliance-set-up-office', 'alliance', 'set_up', 'arden-office', 'It set it up.'),
        // Another alliance that sets things up: a fair swap for the Alliance.
        claim('pact-set-up-summit', 'northern-pact', 'set_up', 'riga-summit', 'It set it up.'),
      );
    });
    const statements = [
      ...falseStatements(kb, 'chair-set-up-desk'),
      ...falseStatements(kb, 'alliance-set-up-office'),
    ];
    expect(statements).toContain('Northern Pact set up the Alliance office in Arden.');
    expect(statements).not.toContain('The Alliance set up the Harbor desk.');
    expect(statements).not.toContain('Ana Lindström set up the Alliance office in Arden.');
  });

  it('a person goes where what they lead goes: not Soto of Arden as not invited to its summit', () => {
    const kb = worldWith((spec) => {
      spec.relations = [...(spec.relations ?? []), ['PART_OF', 'riga-summit', 'quad-four']];
      spec.actors.push(['nils-dahl', 'Nils Dahl', 'PERSON', 'Mayor of Fenwick']);
      spec.predicates.push({
        id: 'invited_to',
        phrasing: ['{subject} was invited to {object}', 'Who was invited to {object}?', null],
      });
      spec.claims.push(
        claim('soto-leads-arden', 'mira-soto', 'leads', 'arden', 'Soto runs Arden.'),
        claim('tesk-invited', 'karl-tesk', 'invited_to', 'riga-summit', 'Tesk was invited.'),
        claim('dahl-leads-fenwick', 'nils-dahl', 'leads', 'fenwick', 'Dahl runs Fenwick.'),
      );
    });
    // Arden is in the Quad Four, whose summit it is: its leader was surely there.
    expect(offeredFor(kb, 'Who was invited to the Riga summit?')).not.toContain('Mira Soto');
    expect(falseStatements(kb, 'tesk-invited')).not.toContain(
      'Mira Soto was invited to the Riga summit.',
    );
  });

  it('what a member did, its group did: not the Quad Four when Calia signed the accord', () => {
    const kb = worldWith((spec) => {
      spec.actors.push(
        ['harbor-accord', 'the Harbor accord', 'DOCUMENT'],
        ['western-bloc', 'Western Bloc', 'ALLIANCE'],
        ['southern-union', 'Southern Union', 'ALLIANCE'],
      );
      spec.predicates.push(phrased('signed', '{subject} signed {object}', 'Who signed {object}?'));
      spec.claims.push(
        claim('pact-signed', 'northern-pact', 'signed', 'harbor-accord', 'The Pact signed it.'),
        claim('calia-signed', 'calia', 'signed', 'harbor-accord', 'Calia signed it.'),
      );
    });
    const offered = offeredFor(kb, 'Who signed the Harbor accord?');
    expect(offered).toContain('Western Bloc');
    expect(offered).not.toContain('Quad Four');
  });

  it('an open-ended predicate asks who only about the story’s own things: not "who backs Borduria?"', () => {
    const kb = worldWith((spec) => {
      spec.predicates.push({
        ...phrased(
          'supports',
          '{subject} supports {object}',
          'Who supports {object}?',
          'What does {subject} support?',
        ),
        openEnded: true,
      });
      spec.claims.push(
        claim('gorvia-backs-borduria', 'gorvia', 'supports', 'borduria', 'Gorvia backs it.'),
        claim('fenwick-backs-borduria', 'fenwick', 'supports', 'borduria', 'Fenwick too.'),
        claim('esland-backs-office', 'esland', 'supports', 'arden-office', 'Esland backs it.'),
        claim('gorvia-backs-summit', 'gorvia', 'supports', 'riga-summit', 'Gorvia backs it.'),
      );
    });
    const templatesOf = (...claimIds: string[]) =>
      new Set(generateQuestions(kb, { claimIds }).map((q) => q.template));
    // Countries have backers and causes no text lists: Calia may back Borduria too, so it is no
    // wrong answer to "Who supports Borduria?", nor "Calia supports Borduria" a false statement.
    expect([...templatesOf('gorvia-backs-borduria', 'fenwick-backs-borduria')]).toEqual([
      'statement-true',
    ]);
    // So has an event, which happens in the world: a war, a yearly exercise, a summit.
    expect([...templatesOf('gorvia-backs-summit')]).toEqual(['statement-true']);
    // The office is the story's own, yet the texts need not name all who back it: with no one
    // known to stand against it, nothing about it is provably wrong.
    expect([...templatesOf('esland-backs-office')]).toEqual(['statement-true']);
  });

  it('for the story’s own things, only those on the opposite side are wrong answers', () => {
    const kb = worldWith((spec) => {
      spec.predicates.push(
        {
          ...phrased('supports', '{subject} supports {object}', 'Who supports {object}?'),
          openEnded: true,
          opposite: 'opposes',
        },
        {
          ...phrased('opposes', '{subject} opposes {object}', 'Who opposes {object}?'),
          openEnded: true,
          opposite: 'supports',
        },
      );
      spec.claims.push(
        claim('esland-backs-office', 'esland', 'supports', 'arden-office', 'Esland backs it.'),
        ...['gorvia', 'fenwick', 'borduria'].map((c) =>
          claim(`${c}-against-office`, c, 'opposes', 'arden-office', 'Against it.'),
        ),
      );
    });
    const asked = SEEDS.flatMap((seed) =>
      generateQuestions(kb, { seed, claimIds: ['esland-backs-office'] }),
    );
    expect(new Set(asked.map((q) => q.template))).toEqual(
      new Set(['statement-true', 'statement-false', 'ask-subject']),
    );
    const opponents = ['Gorvia', 'Fenwick', 'Borduria'];
    for (const q of asked) {
      for (const o of q.options.filter((o) => !o.correct && o.actorId)) {
        expect(opponents, q.prompt).toContain(o.text);
      }
      if (q.template === 'statement-false') {
        expect(
          opponents.some((name) => q.prompt.startsWith(name)),
          q.prompt,
        ).toBe(true);
      }
    }
  });

  it('a group holding the group an event belongs to is no wrong answer about the event', () => {
    const questions = (holds: boolean) => {
      const kb = worldWith((spec) => {
        spec.actors.push(['the-north', 'The North', 'ALLIANCE']);
        spec.claims.push(
          claim('quad-attended-riga', 'quad-four', 'attended', 'riga-summit', 'Q4 attended.'),
        );
        spec.relations = [
          ...(spec.relations ?? []),
          ['PART_OF', 'riga-summit', 'alliance'],
          ...(holds ? [['PART_OF', 'alliance', 'the-north'] as ['PART_OF', string, string]] : []),
        ];
      });
      return SEEDS.flatMap((seed) =>
        generateQuestions(kb, { seed, claimIds: ['quad-attended-riga'] }).flatMap((q) => [
          q.prompt,
          ...q.options.filter((o) => !o.correct).map((o) => o.text),
        ]),
      );
    };
    // The North holds the Alliance, whose summit it is: it was surely there.
    expect(questions(true).filter((text) => text.includes('The North'))).toEqual([]);
    expect(questions(false).some((text) => text.includes('The North'))).toBe(true);
  });

  it('an event’s group’s adversaries are no rivals for who attended it, nor swapped in', () => {
    const texts = (opposed: boolean) => {
      const kb = worldWith((spec) => {
        spec.actors.push(['hollin', 'Hollin', 'COUNTRY'], ['ister', 'Ister', 'COUNTRY']);
        spec.relations = [...(spec.relations ?? []), ['PART_OF', 'riga-summit', 'alliance']];
        spec.predicates.push(
          phrased('opposes', '{subject} opposes {object}', 'Who opposes {object}?'),
          phrased('supports', '{subject} supports {object}', 'Who supports {object}?'),
        );
        spec.claims.push(
          claim('gorvia-backs-borduria', 'gorvia', 'supports', 'borduria', 'Gorvia backs it.'),
          ...(opposed
            ? [claim('alliance-opposes', 'alliance', 'opposes', 'borduria', 'Against it.')]
            : []),
        );
      });
      return SEEDS.flatMap((seed) =>
        generateQuestions(kb, { seed, claimIds: ['arden-attended-riga'] }).flatMap((q) =>
          q.template.startsWith('statement-false')
            ? [q.prompt]
            : q.options.filter((o) => !o.correct).map((o) => o.text),
        ),
      );
    };
    // The Alliance opposes Borduria, which Gorvia backs: neither is at the Alliance's summit.
    const rivals = texts(true).filter((t) => /Borduria|Gorvia/.test(t));
    expect(rivals).toEqual([]);
    expect(texts(false).some((t) => /Borduria|Gorvia/.test(t))).toBe(true);
  });

  it('an outlet whose own text carries the fact is no wrong answer to who reported it', () => {
    const texts = (published: boolean) => {
      const kb = worldWith((spec) => {
        spec.actors.push(
          ['the-courier', 'The Courier', 'MEDIA'],
          ['the-post', 'The Post', 'MEDIA'],
          ['the-wire', 'The Wire', 'MEDIA'],
          ['the-sun', 'The Sun', 'MEDIA'],
          ['the-star', 'The Star', 'MEDIA'],
        );
        for (const source of spec.sources) if (!published) source.publisher = null;
        spec.predicates.push({
          id: 'reported',
          object: 'VALUE',
          phrasing: ['{subject} reported that {object}', 'Who reported that {object}?', null],
        });
        spec.claims.push({
          id: 'post-reported',
          s: 'the-post',
          p: 'reported',
          value: { kind: 'text', text: 'Esland joined the Quad Four' },
          statement: 'The Post reported it, the Courier says.',
          evidence: [['courier', 'Esland joined the Quad Four last spring.']],
        });
      });
      return SEEDS.flatMap((seed) =>
        generateQuestions(kb, { seed, claimIds: ['post-reported'] }).flatMap((q) =>
          q.template.startsWith('statement-false')
            ? [q.prompt]
            : q.options.filter((o) => !o.correct).map((o) => o.text),
        ),
      );
    };
    // The Courier relays the Post's report: it reported it too.
    expect(texts(true).filter((t) => t.includes('Courier'))).toEqual([]);
    expect(texts(false).some((t) => t.includes('Courier'))).toBe(true);
  });

  it('an always-open predicate gives true statements only, even about the story’s own things', () => {
    const kb = (alwaysOpen: boolean) =>
      worldWith((spec) => {
        spec.predicates.push({
          ...phrased(
            'covers',
            '{subject} covers {object}',
            'What covers {object}?',
            'What does {subject} cover?',
          ),
          alwaysOpen,
        });
        spec.claims.push(
          claim('office-covers-trade', 'arden-office', 'covers', 'calia', 'It covers Calia.'),
          claim('office-covers-delmar', 'arden-office', 'covers', 'delmar', 'And Delmar.'),
        );
      });
    const templatesOf = (alwaysOpen: boolean) =>
      new Set(
        generateQuestions(kb(alwaysOpen), { claimIds: ['office-covers-trade'] }).map(
          (q) => q.template,
        ),
      );
    // No text lists all that an office's remit covers: "it covers Esland" is no lie.
    expect([...templatesOf(true)]).toEqual(['statement-true']);
    expect(templatesOf(false).size).toBeGreaterThan(1);
  });

  it('an object swapped in must be the object of the predicate somewhere: no "Reyes leads Calia"', () => {
    const kb = worldWith((spec) => {
      for (const c of spec.claims) if (c.id === 'reyes-leads-delmar') c.offTopic = false;
      // Another leader, to swap in for Reyes (a person put in must lead something), of no country.
      spec.claims.push(
        claim('chair-leads', 'ana-lindstrom', 'leads', 'alliance', 'She chairs it.'),
      );
    });
    const statements = falseStatements(kb, 'reyes-leads-delmar');
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement).not.toMatch(/^Omar Reyes leads/);
  });
});

describe('lists', () => {
  it('offer no actor a claim ties to the asked object: the invited are no wrong answer to who attended', () => {
    const kb = worldWith((spec) => {
      spec.predicates.push(
        phrased('invited_to', '{subject} was invited to {object}', 'Who was invited to {object}?'),
      );
      spec.claims.push(
        claim('esland-invited', 'esland', 'invited_to', 'riga-summit', 'Esland was invited.'),
      );
    });
    let asked = 0;
    for (const seed of SEEDS) {
      const list = generateQuestions(kb, { seed, types: ['MULTI_SELECT'] }).find(
        (q) => q.template === 'list-subjects' && q.prompt.includes('attended the Riga summit'),
      );
      if (!list) continue;
      asked++;
      expect(list.options.map((o) => o.text)).not.toContain('Esland');
    }
    expect(asked).toBeGreaterThan(0);
  });
});
