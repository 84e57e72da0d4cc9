import { describe, expect, it } from 'vitest';
import { pickActorDistractors } from '../src/distractors.ts';
import { generateQuestions, type Question } from '../src/index.ts';
import { indexKnowledgeBase } from '../src/kb-index.ts';
import { searchable } from '../src/names.ts';
import { sharedGiveaways } from '../src/quality.ts';
import { createRng } from '../src/random.ts';
import { buildKb, type ClaimSpec, type KbSpec } from './support/build-kb.ts';
import { qualityIssues } from './support/quality.ts';

/**
 * Small invented bases for three flaws a reviewer found in corpus questions: a prompt word that
 * only the right option shares, event-like actors swapped into predicates they do not fit, and
 * sources-disagree prompts that name no topic.
 */
const text = [
  'In 2011 Calia criticized the 2011 intervention in Lumen.',
  'Borduria criticized the 1999 bombing of the embassy in Vesk.',
  'Delmar criticized the 2015 blockade of Port Amis.',
  'Esland criticized the 2020 raid on Tarn.',
  'In 2023 Arden was expected to attend the 2023 summit in Riga.',
  'Calia was expected to attend the 2024 summit in Oslo.',
  'Delmar attended the 2022 summit in Madrid.',
  'The Alliance blocked the office in Tarn.',
  'Arden backed the office in Tarn.',
  'Esland and Borduria trade grain.',
].join(' ');

const claim = (
  id: string,
  s: string,
  p: string,
  o: string,
  statement: string,
  quote: string,
  extra: Partial<ClaimSpec> = {},
): ClaimSpec => ({ id, s, p, o, statement, evidence: [['wire', quote]], ...extra });

const spec: KbSpec = {
  sources: [
    { id: 'wire', title: 'Wire', publisher: 'The Wire', text },
    { id: 'post', title: 'Post', publisher: 'The Post', text },
  ],
  actors: [
    ['arden', 'Arden', 'COUNTRY'],
    ['borduria', 'Borduria', 'COUNTRY'],
    ['calia', 'Calia', 'COUNTRY'],
    ['delmar', 'Delmar', 'COUNTRY'],
    ['esland', 'Esland', 'COUNTRY'],
    ['alliance', 'The Alliance', 'ALLIANCE'],
    ['lumen-2011', 'The 2011 intervention in Lumen', 'EVENT'],
    ['vesk-1999', 'The 1999 bombing of the embassy in Vesk', 'EVENT'],
    ['amis-2015', 'The 2015 blockade of Port Amis', 'EVENT'],
    ['tarn-2020', 'The 2020 raid on Tarn', 'EVENT'],
    ['riga-2023', 'The 2023 summit in Riga', 'EVENT'],
    ['oslo-2024', 'The 2024 summit in Oslo', 'EVENT'],
    ['madrid-2022', 'The 2022 summit in Madrid', 'EVENT'],
    ['tarn-office', 'The office in Tarn', 'INITIATIVE'],
  ],
  predicates: [
    {
      id: 'criticized',
      phrasing: [
        '{subject} criticized {object}',
        'Who criticized {object}?',
        'What did {subject} criticize?',
      ],
    },
    {
      id: 'expected_to_attend',
      phrasing: [
        '{subject} was expected to attend {object}',
        'Who was expected to attend {object}?',
        'Which event was {subject} expected to attend?',
      ],
    },
    {
      id: 'attended',
      phrasing: [
        '{subject} attended {object}',
        'Who attended {object}?',
        'What did {subject} attend?',
      ],
    },
    {
      id: 'blocked',
      opposite: 'backed',
      phrasing: [
        '{subject} blocked {object}',
        'Who blocked {object}?',
        'What did {subject} block?',
      ],
    },
    {
      id: 'backed',
      phrasing: ['{subject} backed {object}', 'Who backed {object}?', 'What did {subject} back?'],
    },
    { id: 'trades_with', phrasing: ['{subject} trades with {object}', null, null] },
  ],
  claims: [
    claim(
      'calia-lumen',
      'calia',
      'criticized',
      'lumen-2011',
      'Calia criticized the 2011 intervention in Lumen.',
      'In 2011 Calia criticized the 2011 intervention in Lumen.',
      { time: '2011' },
    ),
    claim(
      'borduria-vesk',
      'borduria',
      'criticized',
      'vesk-1999',
      'Borduria criticized the 1999 bombing.',
      'Borduria criticized the 1999 bombing of the embassy in Vesk.',
    ),
    claim(
      'delmar-amis',
      'delmar',
      'criticized',
      'amis-2015',
      'Delmar criticized the 2015 blockade.',
      'Delmar criticized the 2015 blockade of Port Amis.',
    ),
    claim(
      'esland-tarn',
      'esland',
      'criticized',
      'tarn-2020',
      'Esland criticized the 2020 raid.',
      'Esland criticized the 2020 raid on Tarn.',
    ),
    claim(
      'arden-riga',
      'arden',
      'expected_to_attend',
      'riga-2023',
      'Arden was expected to attend the 2023 summit in Riga.',
      'In 2023 Arden was expected to attend the 2023 summit in Riga.',
      { time: '2023' },
    ),
    claim(
      'calia-oslo',
      'calia',
      'expected_to_attend',
      'oslo-2024',
      'Calia was expected to attend the 2024 summit in Oslo.',
      'Calia was expected to attend the 2024 summit in Oslo.',
    ),
    claim(
      'delmar-madrid',
      'delmar',
      'attended',
      'madrid-2022',
      'Delmar attended the 2022 summit in Madrid.',
      'Delmar attended the 2022 summit in Madrid.',
    ),
    claim(
      'alliance-blocked',
      'alliance',
      'blocked',
      'tarn-office',
      'The Alliance blocked the office in Tarn.',
      'The Alliance blocked the office in Tarn.',
      { evidence: [['post', 'The Alliance blocked the office in Tarn.']] },
    ),
    claim(
      'arden-backed',
      'arden',
      'backed',
      'tarn-office',
      'Arden backed the office in Tarn.',
      'Arden backed the office in Tarn.',
    ),
    claim(
      'esland-trade',
      'esland',
      'trades_with',
      'borduria',
      'Esland trades with Borduria.',
      'Esland and Borduria trade grain.',
    ),
    claim(
      'borduria-trade',
      'borduria',
      'trades_with',
      'esland',
      'Borduria trades with Esland.',
      'Esland and Borduria trade grain.',
      { evidence: [['post', 'Esland and Borduria trade grain.']] },
    ),
  ],
  disputes: [
    // Both about the office in Tarn: a topic to name.
    ['alliance-blocked', 'arden-backed', 'STATUS'],
    // Nothing shared between the two claims: no topic, so no question.
    ['delmar-madrid', 'esland-trade', 'FACT'],
  ],
};

const kb = buildKb(spec);
const all = [1, 2, 'review'].flatMap((seed) => generateQuestions(kb, { seed }));
const events = new Set(spec.actors.filter((a) => a[2] === 'EVENT').map((a) => a[0]));
const pick = (predicate: (q: Question) => boolean) => all.filter(predicate);

describe('a prompt word shared only with the right option', () => {
  it('is found, unless a wrong option shares it too', () => {
    const options = [
      { text: 'The 2011 intervention in Lumen', correct: true },
      { text: 'The 1999 bombing', correct: false },
    ];
    expect(sharedGiveaways('In 2011, what did Calia criticize?', options)).toEqual(['2011']);
    const shared = [...options, { text: 'The 2011 raid', correct: false }];
    expect(sharedGiveaways('In 2011, what did Calia criticize?', shared)).toEqual([]);
    expect(sharedGiveaways('What did Calia criticize?', options)).toEqual([]);
  });

  it('is found in a possessive: "Calia\'s mission" names Calia', () => {
    const options = [
      { text: 'Calia', correct: true },
      { text: 'Delmar', correct: false },
    ];
    expect(sharedGiveaways('Who opened Calia’s mission?', options)).toEqual(['calia']);
    expect(sharedGiveaways("Who opened Calia's mission?", options)).toEqual(['calia']);
    expect(sharedGiveaways('Who opened the mission?', options)).toEqual([]);
  });

  it('makes generators drop the time lead: no "In 2011" over the 2011 intervention', () => {
    // Asked for the intervention (the object), the year would point at it.
    const asked = pick((q) => q.claimIds.includes('calia-lumen') && q.template === 'ask-object');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt, q.prompt).not.toMatch(/2011/);
    const choice = asked.find((q) => q.type === 'SINGLE_CHOICE' && q.template === 'ask-object');
    expect(choice?.prompt).toBe('What did Calia criticize?');
  });

  it('no generated question breaks the rule (nor any other quality rule)', () => {
    expect(all.flatMap((q) => qualityIssues(kb, q))).toEqual([]);
  });
});

describe('event-like actors swapped in', () => {
  it('never under a date their own name contradicts: not "In 2023, … the 2024 summit"', () => {
    const falses = pick((q) => q.template.startsWith('statement-false'));
    const riga = falses.filter((q) => q.claimIds.includes('arden-riga'));
    expect(riga.length).toBeGreaterThan(0);
    // Oslo 2024 fills the role, but Arden was expected in 2023: the subject is swapped instead.
    for (const q of riga)
      expect(q.prompt).toBe('Calia was expected to attend the 2023 summit in Riga.');
  });

  it('only where they fill the same role of the same predicate elsewhere', () => {
    const falses = pick((q) => q.template.startsWith('statement-false'));
    const [oslo] = generateQuestions(kb, {
      claimIds: ['calia-oslo'],
      types: ['TRUE_FALSE'],
    }).filter((q) => q.template.startsWith('statement-false'));
    // The only other event someone was expected to attend; not the bombing, not Madrid.
    expect(oslo?.prompt).toBe('Calia was expected to attend the 2023 summit in Riga.');
    for (const q of falses) {
      expect(q.prompt, q.prompt).not.toMatch(/expected to attend the (1999|2011|2015|2020|2022)/);
      expect(q.prompt, q.prompt).not.toMatch(/criticized the 20(22|23|24) summit/);
    }
  });

  it('as choice distractors too: every event option fills the asked role', () => {
    const index = indexKnowledgeBase(kb);
    for (const q of pick((x) => x.type === 'SINGLE_CHOICE' || x.type === 'MULTI_SELECT')) {
      const predicateId = kb.claims.find((c) => c.id === q.claimIds[0])?.predicateId ?? '';
      const side = q.template.includes('subject') ? 'subject' : 'object';
      for (const o of q.options) {
        if (!o.actorId || !events.has(o.actorId)) continue;
        const role = index.roleActors.get(`${side}|${predicateId}`);
        expect(role?.has(o.actorId), `${q.prompt} ${o.text}`).toBe(true);
      }
    }
  });

  it('same-role actors rank first for kinds that fit anywhere', () => {
    const index = indexKnowledgeBase(kb);
    const actor = (id: string) => {
      const found = index.actors.get(id);
      if (!found) throw new Error(id);
      return found;
    };
    const picks = pickActorDistractors(index, {
      kinds: new Set(['COUNTRY']),
      answers: [actor('arden')],
      storySourceIds: [],
      ruledOut: () => false,
      prompt: searchable('Who was expected to attend the 2023 summit in Riga?'),
      role: { predicateId: 'expected_to_attend', side: 'subject' },
      count: 2,
      rng: createRng('x'),
    });
    // Calia was expected at Oslo; Delmar attended Madrid (same family).
    expect(picks.map((p) => p.actor.id)).toEqual(['calia', 'delmar']);
  });
});

describe('sources-disagree questions', () => {
  /** The spec with more claims, predicates and sources, and these disputes instead of its own. */
  const disputed = (claims: ClaimSpec[], disputes: KbSpec['disputes'], extra: Partial<KbSpec>) => {
    const more = structuredClone(spec);
    const daily = { id: 'daily', title: 'Daily', publisher: 'The Daily', text: '' };
    more.sources.push(daily);
    for (const c of claims) {
      for (const [sourceId, quote] of c.evidence) {
        const source = more.sources.find((x) => x.id === sourceId);
        if (source) source.text += ` ${quote}`;
      }
    }
    more.claims.push(...claims);
    more.disputes = disputes;
    more.actors.push(...(extra.actors ?? []));
    more.predicates.push(...(extra.predicates ?? []));
    more.relations = extra.relations ?? more.relations;
    return generateQuestions(buildKb(more), { types: ['SOURCES_DISAGREE'] });
  };
  const heldOn = {
    id: 'held_on',
    object: 'VALUE' as const,
    singleValue: true,
    phrasing: ['{subject} was held in {object}', null, 'When was {subject} held?'] as [
      string,
      null,
      string,
    ],
  };
  const status = {
    id: 'status',
    object: 'VALUE' as const,
    phrasing: ['{subject} was {object}', null, 'What was the status of {subject}?'] as [
      string,
      null,
      string,
    ],
  };
  const date = (value: string) => ({
    kind: 'date' as const,
    date: { value, precision: 'MONTH' as const },
  });
  const text = (t: string) => ({ kind: 'text' as const, text: t });
  const riga = (id: string, source: string, value: string, words: string): ClaimSpec => ({
    id,
    s: 'riga-2023',
    p: 'held_on',
    value: date(value),
    statement: `The 2023 summit in Riga was held in ${words}.`,
    evidence: [[source, `The Riga summit met in ${words}.`]],
  });
  const dates = () =>
    disputed(
      [
        riga('riga-july', 'wire', '2023-07', 'July 2023'),
        riga('riga-june', 'post', '2023-06', 'June 2023'),
      ],
      [['riga-july', 'riga-june', 'DATE']],
      { predicates: [heldOn] },
    );

  it('are not asked of a pair that does not contradict (two subjects, two predicates)', () => {
    // The base's own dispute: the Alliance blocked the office, Arden backed it. Both can be true.
    expect(pick((q) => q.type === 'SOURCES_DISAGREE')).toEqual([]);
    const wordings = disputed(
      [
        {
          id: 'tarn-floated',
          s: 'alliance',
          p: 'status',
          value: text('first floated as an idea'),
          statement: 'The Alliance first floated the office in Tarn as an idea.',
          evidence: [['daily', 'The Alliance first floated the idea of an office in Tarn.']],
        },
      ],
      [['alliance-blocked', 'tarn-floated', 'STATUS']],
      { predicates: [status] },
    );
    expect(wordings).toEqual([]);
  });

  it('are asked of two dates for one event, with at least three options and each side once', () => {
    const qs = dates();
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.prompt).toMatch(/^Sources give different dates for the 2023 summit in Riga\. /);
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      const texts = q.options.map((o) => o.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
    const says = qs.filter((q) => q.template.startsWith('dispute-source-says'));
    expect(says.map((q) => q.answer).sort()).toEqual(['July 2023', 'June 2023']);
    for (const q of says) {
      // The answers are the disputed values, and wrong dates that neither side gives.
      expect(q.options.map((o) => o.text)).toEqual(
        expect.arrayContaining(['July 2023', 'June 2023']),
      );
      // The quote that proves the key is the asked source's own.
      const asked = q.template.split('source:')[1];
      expect(q.evidence.map((e) => e.sourceId)).toEqual([asked]);
    }
  });

  it('show a day-precise side at the other side’s precision: no "11 July 2023" among months', () => {
    const day: ClaimSpec = {
      ...riga('riga-july', 'wire', '2023-07', '11 July 2023'),
      value: { kind: 'date', date: { value: '2023-07-11', precision: 'DAY' } },
    };
    const qs = disputed(
      [day, riga('riga-june', 'post', '2023-06', 'June 2023')],
      [['riga-july', 'riga-june', 'DATE']],
      { predicates: [heldOn] },
    ).filter((q) => q.template.startsWith('dispute-source-says'));
    expect(qs.length).toBe(2);
    for (const q of qs) {
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      for (const o of q.options) expect(o.text, q.prompt).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    }
    expect(qs.map((q) => q.answer).sort()).toEqual(['July 2023', 'June 2023']);
  });

  it('take no answer that a year gives away, nor states told of different times', () => {
    const office = (id: string, source: string, words: string, time?: string): ClaimSpec => ({
      id,
      s: 'tarn-office',
      p: 'status',
      value: text(words),
      statement: `The office in Tarn was ${words}.`,
      evidence: [[source, `The office in Tarn was ${words}.`]],
      ...(time ? { time } : {}),
    });
    const dated = disputed(
      [
        office('tarn-2024', 'wire', 'expected to open in 2024'),
        office('tarn-shelved', 'post', 'shelved in 2023'),
      ],
      [['tarn-2024', 'tarn-shelved', 'STATUS']],
      { predicates: [status] },
    );
    expect(dated.filter((q) => q.template.startsWith('dispute-source-says'))).toEqual([]);
    const apart = disputed(
      [
        office('tarn-planned', 'wire', 'planned', '2023'),
        office('tarn-dropped', 'post', 'dropped', '2024'),
      ],
      [['tarn-planned', 'tarn-dropped', 'STATUS']],
      { predicates: [status] },
    );
    expect(apart).toEqual([]);
  });

  it('are asked of opposite stances on one thing, by which source takes which side', () => {
    const qs = disputed(
      [
        {
          id: 'arden-blocked',
          s: 'arden',
          p: 'blocked',
          o: 'tarn-office',
          statement: 'Arden blocked the office in Tarn.',
          evidence: [['daily', 'Arden then blocked the office in Tarn.']],
        },
      ],
      [['arden-backed', 'arden-blocked', 'STATUS']],
      {},
    );
    // Two stances only: no "what does the Daily say" with a coin toss of two options.
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.template).toBe('dispute-which-source');
      expect(q.prompt).toMatch(/^Sources disagree about the status of the office in Tarn\. /);
      expect(q.options.length).toBeGreaterThanOrEqual(3);
    }
  });
});
