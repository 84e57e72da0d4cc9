import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../src/index.ts';
import { buildKb, type ClaimSpec, type KbSpec, wireStory } from './support/build-kb.ts';

/**
 * Distractors of the answer's role, not merely its kind: a leader of something else is not
 * offered for "who leads X", nor what a group stands against as its member, nor a friend of the
 * group as "the threat".
 */
const { claim, source } = wireStory();

const claims: ClaimSpec[] = [
  claim('colby-leads', 'colby', 'leads', 'marathon', 'Colby leads the Marathon Initiative.'),
  // Macron is the most prominent person of the story: old ranking put him first.
  claim('macron-leads', 'macron', 'leads', 'france', 'Macron leads France.'),
  claim('macron-summit', 'macron', 'attended', 'summit', 'Macron attended the Riga summit.'),
  claim('macron-quad', 'macron', 'praised', 'quad', 'Macron praised the Quad.'),
  claim(
    'macron-marathon',
    'macron',
    'praised',
    'marathon',
    'Macron praised the Marathon Initiative.',
  ),
  claim('reyes-leads', 'reyes', 'leads', 'delmar', 'Reyes leads Delmar.'),
  claim('grand-summit', 'grand', 'attended', 'summit', 'Grand attended the Riga summit.'),
  claim('bowers-summit', 'bowers', 'attended', 'summit', 'Bowers attended the Riga summit.'),
  claim('ortiz-summit', 'ortiz', 'attended', 'summit', 'Ortiz attended the Riga summit.'),
  claim('lind-summit', 'lind', 'attended', 'summit', 'Lind attended the Riga summit.'),
  claim('arden-quad', 'arden', 'member_of', 'quad', 'Arden is a member of the Quad.'),
  claim('calia-quad', 'calia', 'member_of', 'quad', 'Calia is a member of the Quad.'),
  claim('quad-invited', 'quad', 'invited_to', 'summit', 'The Quad was invited to the Riga summit.'),
  claim('pact-borduria', 'pact', 'opposes', 'borduria', 'The Pact opposes Borduria.'),
  claim('pact-vesk', 'pact', 'opposes', 'vesk', 'The Pact opposes Vesk.'),
  claim('pact-tarn', 'pact', 'opposes', 'tarn', 'The Pact opposes Tarn.'),
  claim('pact-moor', 'pact', 'opposes', 'moor', 'The Pact opposes Moor.'),
  claim(
    'borduria-threat',
    'borduria',
    'described_as',
    null,
    'Borduria is a growing threat to the Pact.',
    { value: { kind: 'text', text: 'a growing threat to the Pact' } },
  ),
  ...['delmar', 'esland', 'fenwick', 'gorvia', 'halm', 'borduria', 'vesk'].map((c) =>
    claim(`${c}-summit`, c, 'attended', 'summit', `${c} attended the Riga summit.`),
  ),
];

const spec: KbSpec = {
  sources: [source()],
  actors: [
    ['colby', 'Elbridge Colby', 'PERSON'],
    ['macron', 'Emmanuel Macron', 'PERSON'],
    ['reyes', 'Omar Reyes', 'PERSON'],
    ['grand', 'Camille Grand', 'PERSON'],
    ['bowers', 'Ian Bowers', 'PERSON'],
    ['ortiz', 'Lena Ortiz', 'PERSON'],
    ['lind', 'Ana Lind', 'PERSON'],
    ['marathon', 'The Marathon Initiative', 'ORGANIZATION'],
    ['quad', 'The Quad', 'ALLIANCE'],
    ['pact', 'The Pact', 'ALLIANCE'],
    ['summit', 'The Riga summit', 'EVENT'],
    ...(['france', 'arden', 'calia', 'delmar', 'esland', 'fenwick', 'gorvia', 'halm'].map(
      (id) => [id, id.charAt(0).toUpperCase() + id.slice(1), 'COUNTRY'] as const,
    ) as KbSpec['actors']),
    ['borduria', 'Borduria', 'COUNTRY'],
    ['vesk', 'Vesk', 'COUNTRY'],
    ['tarn', 'Tarn', 'COUNTRY'],
    ['moor', 'Moor', 'COUNTRY'],
  ],
  predicates: [
    {
      id: 'leads',
      distinctValues: true,
      phrasing: ['{subject} leads {object}', 'Who leads {object}?', null],
    },
    { id: 'attended', phrasing: ['{subject} attended {object}', 'Who attended {object}?', null] },
    { id: 'praised', phrasing: ['{subject} praised {object}', null, null] },
    {
      id: 'member_of',
      relation: 'MEMBER_OF',
      phrasing: ['{subject} is a member of {object}', 'Who is a member of {object}?', null],
    },
    { id: 'invited_to', phrasing: ['{subject} was invited to {object}', null, null] },
    { id: 'opposes', phrasing: ['{subject} opposes {object}', null, null] },
    {
      id: 'described_as',
      object: 'VALUE',
      phrasing: ['{subject} is {object}', 'What is {object}?', null],
    },
  ],
  claims,
  relations: [['PART_OF', 'summit', 'pact']],
};

const seeds = ['a', 'b', 'c', 'd', 'e', 'f'];
const optionsOf = (prompt: RegExp) =>
  seeds.flatMap((seed) =>
    generateQuestions(buildKb(spec), { seed })
      .filter((q) => prompt.test(q.prompt))
      .map((q) => q.options.filter((o) => !o.correct).map((o) => o.text)),
  );

describe('distractors that fit the role', () => {
  it('no leader of something else for "who leads X"', () => {
    const options = optionsOf(/leads the Marathon Initiative\?$/);
    expect(options.length).toBeGreaterThan(0);
    for (const wrong of options) expect(wrong).not.toContain('Emmanuel Macron');
    for (const wrong of options) expect(wrong).not.toContain('Omar Reyes');
  });

  it('no country the group or its alliance stands against offered as a member', () => {
    const options = optionsOf(/members? of the Quad\?/);
    expect(options.length).toBeGreaterThan(0);
    for (const wrong of options) {
      expect(wrong).not.toContain('Borduria');
      expect(wrong).not.toContain('Vesk');
    }
  });

  it('a threat offered is one the same group stands against', () => {
    const options = optionsOf(/a growing threat to the Pact\?$/);
    expect(options.length).toBeGreaterThan(0);
    for (const wrong of options) {
      for (const text of wrong) expect(['Vesk', 'Tarn', 'Moor']).toContain(text);
    }
  });
});

/**
 * "Who is Peter Taksøe-Jensen?" (issue 20) offered "The President of China": a description
 * offered as a wrong answer is of the right one's sort, an official's against other officials',
 * a head of state's or government's against other heads'.
 */
describe('descriptions of the same sort', () => {
  const posts: [string, string, string][] = [
    ['vos', 'Piet Vos', 'the Calian ambassador to Arden'],
    ['rask', 'Eva Rask', 'the President of Borduria'],
    ['lund', 'Ole Lund', 'the Delmar Prime Minister'],
    ['moss', 'Ida Moss', 'the Esland Foreign Minister'],
    ['kahn', 'Tom Kahn', 'the Arden National Security Adviser'],
    ['berg', 'Ulf Berg', 'the Secretary-General of the Alliance'],
    ['hale', 'Ann Hale', 'the King of Fenwick'],
    ['tate', 'Ron Tate', 'the Vice President of Gorvia'],
    ['dahl', 'Kim Dahl', 'the Chancellor of Calia'],
  ];
  const text = posts.map(([, name, post]) => `${name} is ${post}.`).join(' ');
  const kb = buildKb({
    sources: [{ id: 'wire', title: 'Posts', text }],
    actors: posts.map(([id, name]) => [id, name, 'PERSON'] as [string, string, 'PERSON']),
    predicates: [
      {
        id: 'holds_position',
        object: 'VALUE',
        phrasing: ['{subject} is {object}', 'Who is {object}?', 'Who is {subject}?'],
      },
    ],
    claims: posts.map(([id, name, post]) => ({
      id: `${id}-post`,
      s: id,
      p: 'holds_position',
      value: { kind: 'text', text: post },
      statement: `${name} is ${post}.`,
      evidence: [['wire', `${name} is ${post}.`]],
    })),
  });
  const heads = [
    'President of Borduria',
    'Delmar Prime Minister',
    'King of Fenwick',
    'Chancellor of Calia',
  ];
  const isHead = (t: string) => heads.some((h) => t.includes(h));
  const whoIs = (seed: string, claimId: string, name: string) =>
    generateQuestions(kb, { seed, claimIds: [claimId], types: ['SINGLE_CHOICE'] }).find(
      (q) => q.prompt === `Who is ${name}?`,
    );

  it('offers an ambassador other officials, never a head of state or government', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const q = whoIs(seed, 'vos-post', 'Piet Vos');
      expect(q?.options.length).toBe(4);
      for (const o of q?.options ?? []) expect(isHead(o.text), o.text).toBe(false);
    }
  });

  it('offers a head of state other heads only', () => {
    for (const seed of ['a', 'b', 'c']) {
      const q = whoIs(seed, 'rask-post', 'Eva Rask');
      expect(q?.options.length).toBe(4);
      for (const o of q?.options ?? []) expect(isHead(o.text), o.text).toBe(true);
    }
  });

  it('never states an official to be a head of state', () => {
    const statements = generateQuestions(kb, { types: ['TRUE_FALSE'] });
    for (const q of statements.filter((s) => s.answer === 'False')) {
      const official = ['Piet Vos', 'Ida Moss', 'Tom Kahn', 'Ulf Berg', 'Ron Tate'].some((n) =>
        q.prompt.startsWith(n),
      );
      if (official) expect(isHead(q.prompt), q.prompt).toBe(false);
    }
  });
});
