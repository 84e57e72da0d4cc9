import { type Actor, type Modality, normalizeName, type Source } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../src/index.ts';
import { normalize } from '../src/names.ts';
import { spokenWords } from '../src/quotes.ts';
import {
  askedOfMany,
  capitalize,
  decapitalize,
  fillSubject,
  formatDate,
  joinList,
  nameInSentence,
  pastTense,
  plainOf,
  planned,
  sourceLabel,
  sourceName,
  statesAState,
  valueText,
  withLeads,
} from '../src/wording.ts';
import { buildKb } from './support/build-kb.ts';
import { world, worldSpec } from './support/world.ts';

describe('wording', () => {
  it('drops a date whose year the sentence already names, and only that lead', () => {
    const leads = ['According to The Courier', 'In July 2023'];
    expect(withLeads('who attended the 2023 summit in Riga?', leads)).toBe(
      'According to The Courier, who attended the 2023 summit in Riga?',
    );
    expect(withLeads('who attended the 2024 summit in Oslo?', leads)).toBe(
      'According to The Courier, in July 2023, who attended the 2024 summit in Oslo?',
    );
    expect(withLeads('Calia joined in 12023.', ['In 2023'])).toBe(
      'In 2023, Calia joined in 12023.',
    );
  });

  it('tells a standing state (present tense) from an event', () => {
    for (const t of [
      '{subject} leads {object}',
      '{subject} is a member of {object}',
      '{subject} may fund {object}',
    ]) {
      expect(statesAState(t), t).toBe(true);
    }
    for (const t of [
      '{subject} attended {object}',
      '{subject} was held in {object}',
      '{subject} set up {object}',
    ]) {
      expect(statesAState(t), t).toBe(false);
    }
  });

  it('dates an undated event by its report: "As reported in July 2024, …"', () => {
    const spec = structuredClone(worldSpec);
    for (const c of spec.claims) if (c.id === 'tesk-blocked-office') c.time = undefined;
    const blocked = spec.claims.find((c) => c.id === 'tesk-blocked-office');
    if (blocked) blocked.asOf = '2024-07';
    const prompts = generateQuestions(buildKb(spec), { claimIds: ['tesk-blocked-office'] }).map(
      (q) => q.prompt,
    );
    expect(prompts).toContain(
      'As reported in July 2024, Karl Tesk blocked the Alliance office in Arden.',
    );
    expect(prompts).toContain(
      'As reported in July 2024, who blocked the Alliance office in Arden?',
    );
  });

  it('puts a present-tense template in the past: its first finite verb', () => {
    const cases: [string, string][] = [
      ['{subject} leads {object}', '{subject} led {object}'],
      ['Who leads {object}?', 'Who led {object}?'],
      ['What does {subject} lead?', 'What did {subject} lead?'],
      ['{subject} is a member of {object}', '{subject} was a member of {object}'],
      ['Where is {subject} located?', 'Where was {subject} located?'],
      ['What position does {subject} hold?', 'What position did {subject} hold?'],
      ['{subject} supports {object}', '{subject} supported {object}'],
      ['{subject} focuses on {object}', '{subject} focused on {object}'],
      ['{subject} pushes for {object}', '{subject} pushed for {object}'],
      ['{subject} covers {object}', '{subject} covered {object}'],
      ['{subject} may fund {object}', '{subject} might fund {object}'],
      ['Who is waging {object}?', 'Who was waging {object}?'],
    ];
    for (const [present, past] of cases) expect(pastTense(present), present).toBe(past);
  });

  it('words what is only planned as planned: "is to be located in", not "is located in"', () => {
    const spec = structuredClone(worldSpec);
    spec.actors.push(['harbor', 'Harbor City', 'PLACE'], ['dunes', 'Dune City', 'PLACE']);
    spec.predicates.push({
      id: 'located_in',
      singleValue: true,
      phrasing: [
        '{subject} is located in {object}',
        'What is located in {object}?',
        'Where is {subject} located?',
      ],
    });
    const located = (id: string, s: string, o: string, modality: Modality) => ({
      id,
      s,
      p: 'located_in',
      o,
      modality,
      statement: `${s} in ${o}.`,
      evidence: [['gazette', 'The Alliance agreed in 2023']] as [string, string][],
    });
    spec.claims.push(
      located('office-in-harbor', 'arden-office', 'harbor', 'PLAN'),
      located('summit-in-dunes', 'riga-summit', 'dunes', 'FACT'),
    );
    const kb = buildKb(spec);
    const prompts = (claimId: string) =>
      [
        ...new Set(
          generateQuestions(kb, {
            claimIds: [claimId],
            types: ['TRUE_FALSE', 'SINGLE_CHOICE', 'FILL_IN'],
          })
            .filter((q) => !q.template.startsWith('statement-false'))
            .map((q) => q.prompt),
        ),
      ].sort();
    expect(prompts('office-in-harbor')).toEqual(
      [
        'the Alliance office in Arden is to be located in Harbor City.',
        'Where is the Alliance office in Arden to be located?',
      ]
        .map(capitalize)
        .sort(),
    );
    expect(prompts('summit-in-dunes')).toEqual(
      ['The Riga summit is located in Dune City.', 'Where is the Riga summit located?'].sort(),
    );
    // A verb in -ing would say it is under way: a plan takes the plain form. Other verbs say
    // it themselves.
    expect(planned('{subject} is sending forces to {object}')).toBe(
      '{subject} is to send forces to {object}',
    );
    expect(planned('Which country is waging {object}?')).toBe('Which country is to wage {object}?');
    expect(planned('Who is negotiating {object}?')).toBe('Who is to negotiate {object}?');
    expect(planned('{subject} plans to open {object}')).toBe('{subject} plans to open {object}');
    expect(planned('Who is a member of {object}?')).toBe('Who is to be a member of {object}?');
  });

  it('takes a verb in -ing back to its plain form', () => {
    const plain = (words: string) => words.split(' ').map(plainOf).join(' ');
    expect(plain('sending shipping waging negotiating visiting opening making hoping')).toBe(
      'send ship wage negotiate visit open make hope',
    );
    expect(plain('calling missing giving judging placing deploying organizing')).toBe(
      'call miss give judge place deploy organize',
    );
  });

  it('gives what the subject owns by name its pronoun, not the name again', () => {
    const actor = (name: string, kind: Actor['kind']) => ({ name, kind }) as Actor;
    const template = '{subject} planned to open {object}';
    expect(fillSubject(template, actor('Calia', 'COUNTRY'), 'Calia’s mission')).toBe(
      'Calia planned to open its mission',
    );
    // Someone else's, and a person's (whose pronoun is not known), stay named.
    expect(fillSubject(template, actor('Arden', 'COUNTRY'), "Calia's mission")).toBe(
      "Arden planned to open Calia's mission",
    );
    expect(fillSubject(template, actor('Karl Tesk', 'PERSON'), "Karl Tesk's plan")).toBe(
      "Karl Tesk planned to open Karl Tesk's plan",
    );
  });

  it('makes the verb agree with a subject whose name reads plural', () => {
    const actor = (name: string) => ({ name }) as Actor;
    const officials = actor('Two anonymous NATO officials');
    expect(fillSubject('{subject} opposes {object}', officials, 'the office')).toBe(
      'two anonymous NATO officials oppose the office',
    );
    expect(fillSubject('What does {subject} oppose?', officials)).toBe(
      'What do two anonymous NATO officials oppose?',
    );
    expect(fillSubject('{subject} is worried about {object}', actor("Trump's acolytes"), 'X')).toBe(
      "Trump's acolytes are worried about X",
    );
    expect(fillSubject('{subject} pushes for {object}', actor('Some allies'), 'X')).toBe(
      'some allies push for X',
    );
    expect(fillSubject('{subject} planned {object}', officials, 'X')).toBe(
      'two anonymous NATO officials planned X',
    );
    // Singular names keep the verb: proper names, and common nouns that end in s.
    for (const name of ['Jens Stoltenberg', 'NATO headquarters', 'The Philippines', 'The crisis']) {
      expect(fillSubject('{subject} opposes X', actor(name), 'X')).toMatch(/ opposes X$/);
    }
  });

  it('puts leads before a question, lowercasing only common first words', () => {
    expect(withLeads('Who blocked the office?', ['In 2023'])).toBe(
      'In 2023, who blocked the office?',
    );
    expect(withLeads('NATO plans an office', ['In 2023'])).toBe('In 2023, NATO plans an office');
    expect(withLeads('the Alliance plans an office', [])).toBe('The Alliance plans an office');
    expect(withLeads('Who said “x y z”?', ['According to The Gazette', 'On 11 July 2023'])).toBe(
      'According to The Gazette, on 11 July 2023, who said “x y z”?',
    );
    expect(withLeads('Who leads it?', ['According to NATO', 'As of 2023'])).toBe(
      'According to NATO, as of 2023, who leads it?',
    );
    expect(decapitalize('Japan plans')).toBe('Japan plans');
    expect(decapitalize('WHO plans')).toBe('WHO plans');
  });

  it('names sources by publisher, quoting titles and publishers with commas', () => {
    const source = { title: 'NATO Moves East', publisher: 'I Read, I Write, You Know' };
    expect(sourceName(source as Source)).toBe('“I Read, I Write, You Know”');
    const blog = { ...source, genre: 'BLOG' } as Source;
    expect(sourceName(blog)).toBe('the blog “I Read, I Write, You Know”');
    expect(sourceName({ ...blog, publisher: 'Lego' })).toBe('the blog “Lego”');
    expect(sourceName({ ...source, publisher: 'Foreign Policy' } as Source)).toBe('Foreign Policy');
    expect(sourceName({ ...source, publisher: null } as Source)).toBe('“NATO Moves East”');
    // A title in square brackets is the base's own description of an untitled text.
    const untitled = { ...source, publisher: null, title: '[an untitled opinion piece]' } as Source;
    expect(sourceName(untitled)).toBe('an untitled opinion piece');
    expect(sourceLabel(untitled)).toBe('An untitled opinion piece');
    expect(sourceLabel({ ...source, publisher: null } as Source)).toBe('“NATO Moves East”');
  });

  it('writes names as they read inside a sentence', () => {
    const actor = (name: string) => ({ name }) as Actor;
    expect(nameInSentence(actor('The AP4'))).toBe('the AP4');
    expect(nameInSentence(actor('An anonymous diplomat'))).toBe('an anonymous diplomat');
    expect(nameInSentence(actor('United States'))).toBe('the United States');
    expect(nameInSentence(actor('Japan'))).toBe('Japan');
  });

  it('formats partial dates and values', () => {
    expect(valueText({ kind: 'number', number: 31000, unit: 'troops' })).toBe('31,000 troops');
    expect(valueText({ kind: 'number', number: 2.5, unit: '%' })).toBe('2.5%');
    expect(valueText({ kind: 'number', number: 1, unit: 'person' })).toBe('one person');
    expect(valueText({ kind: 'number', number: 2, unit: 'percent of GDP' })).toBe(
      '2 percent of GDP',
    );
    expect(valueText({ kind: 'number', number: 12, unit: 'ships' })).toBe('12 ships');
    expect(formatDate({ value: '2023', precision: 'YEAR' })).toBe('2023');
    expect(formatDate({ value: '2024-07', precision: 'MONTH' })).toBe('July 2024');
    expect(formatDate({ value: '2023-07-01', precision: 'DAY' })).toBe('1 July 2023');
  });

  it('asks of a list in the plural, the verb agreeing with the subject', () => {
    expect(askedOfMany('Which country is sending ships?', 'subject')).toBe(
      'Which countries are sending ships?',
    );
    expect(askedOfMany('Which war is Russia waging?', 'object')).toBe(
      'Which wars is Russia waging?',
    );
    expect(askedOfMany('What position does Ana hold?', 'object')).toBe(
      'What positions does Ana hold?',
    );
    expect(askedOfMany('What did Ana say?', 'object')).toBe('What did Ana say?');
    expect(askedOfMany('What was described as a bridge?', 'subject')).toBe(
      'What was described as a bridge?',
    );
    expect(askedOfMany('Who attended it?', 'subject')).toBe('Who attended it?');
  });

  it('joins lists', () => {
    expect(joinList(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('takes the spoken words out of an evidence quote', () => {
    expect(spokenWords('“We will open it next year,” said Chair Ana Lindström.')).toBe(
      'We will open it next year',
    );
    expect(spokenWords('Vos said “the office is a waste”.')).toBe('…the office is a waste');
    expect(spokenWords('“One two three,” he said. “Four five six.”')).toBe(
      'One two three … Four five six',
    );
    expect(spokenWords('“Yes,” he said')).toBeNull();
    expect(spokenWords('noting it could “exacerbate differences between allies.”')).toBe(
      '…exacerbate differences between allies',
    );
    expect(spokenWords('“Nobody asked the U.S.”')).toBe('Nobody asked the U.S.');
    expect(spokenWords('“It shows interest [in Asia].”')).toBe('It shows interest [in Asia]');
  });
});

describe('normalize', () => {
  it('agrees with normalizeName on every prompt, option and name of the test world', () => {
    const kb = world();
    const texts = [
      ...generateQuestions(kb, { seed: 1 }).flatMap((q) => [
        q.prompt,
        ...q.options.map((o) => o.text),
      ]),
      ...kb.actors.flatMap((a) => [a.name, ...a.aliases.map((x) => x.name)]),
      'NATO’s “first” office – in Tōkyō… ‘really’',
      'Billström, Taksøe-Jensen\u00a0and  the   AP4!',
    ];
    for (const text of texts) expect(normalize(text), text).toBe(normalizeName(text));
  });
});
