import { buildKb, type KbSpec, saidClaim } from './build-kb.ts';

/**
 * A small invented story (an Alliance office in Arden), big enough for every question type:
 * three sources, a membership, a list, quotes, a date dispute, a deprecated and an off-topic
 * claim, think tanks among other organizations, and a former member kept in the background.
 */
const gazette = [
  'The Alliance agreed in 2023 to open an office in Arden.',
  '“We will open it next year, and we will staff it well,” said Chair Ana Lindström.',
  'But the plan was vetoed by Borduria’s president, Karl Tesk.',
  'Arden, Calia, Delmar and Esland make up the Quad Four.',
  'The Riga summit will take place on July 11, 2023.',
  'Arden, Calia and Delmar attended the Riga summit.',
  'Mira Soto, Arden’s foreign minister, welcomed the plan.',
  '“This office is a bridge between two oceans,” Soto said.',
  'Lena Ortiz of the Harbor Institute warned that the office could raise tensions.',
  'Sidebar: Omar Reyes leads Delmar after a landslide.',
].join(' ');

const herald = [
  'Arden will host the Alliance office, Lindstrom said.',
  'The Riga summit is set for June 2023.',
  'Piet Vos of Calia said “the office is a waste of money and time”.',
  'The Pine Institute and the Ridge Institute for Peace praised the plan.',
].join(' ');

const courier = [
  'Calia once hosted the Alliance office, an early report claimed.',
  'Esland joined the Quad Four last spring.',
  'Gorvia, Fenwick and Borduria sent observers.',
].join(' ');

export const worldSpec: KbSpec = {
  sources: [
    {
      id: 'gazette',
      title: 'Alliance to open Arden office',
      publisher: 'The Gazette',
      text: gazette,
    },
    { id: 'herald', title: 'Arden office', text: herald },
    { id: 'courier', title: 'Summit season', publisher: 'The Courier', text: courier },
  ],
  actors: [
    ['alliance', 'The Alliance', 'ALLIANCE'],
    ['quad-four', 'Quad Four', 'ALLIANCE', 'group of four partners', ['Q4']],
    ['northern-pact', 'Northern Pact', 'ALLIANCE'],
    ['eastern-league', 'Eastern League', 'ALLIANCE'],
    ['arden', 'Arden', 'COUNTRY'],
    ['borduria', 'Borduria', 'COUNTRY'],
    ['calia', 'Calia', 'COUNTRY'],
    ['delmar', 'Delmar', 'COUNTRY'],
    ['esland', 'Esland', 'COUNTRY'],
    ['fenwick', 'Fenwick', 'COUNTRY'],
    ['gorvia', 'Gorvia', 'COUNTRY'],
    ['ana-lindstrom', 'Ana Lindström', 'PERSON', 'Chair of the Alliance', ['Lindstrom']],
    ['karl-tesk', 'Karl Tesk', 'PERSON', 'President of Borduria', ['Tesk']],
    ['mira-soto', 'Mira Soto', 'PERSON', 'Foreign Minister of Arden', ['Soto']],
    ['piet-vos', 'Piet Vos', 'PERSON', 'Defence Minister of Calia'],
    ['lena-ortiz', 'Lena Ortiz', 'PERSON', 'analyst at the Harbor Institute'],
    ['omar-reyes', 'Omar Reyes', 'PERSON', 'Prime Minister of Delmar'],
    ['harbor-institute', 'Harbor Institute', 'ORGANIZATION', 'think tank in Arden'],
    ['pine-institute', 'Pine Institute', 'ORGANIZATION', 'think tank'],
    ['ridge-institute', 'Ridge Institute for Peace', 'ORGANIZATION', 'peace think tank'],
    ['coastal-university', 'Coastal University', 'ORGANIZATION', 'university'],
    ['acme-arms', 'Acme Arms', 'ORGANIZATION', 'arms maker'],
    ['beacon-bank', 'Beacon Bank', 'ORGANIZATION', 'bank'],
    ['arden-office', 'the Alliance office in Arden', 'INITIATIVE'],
    ['riga-summit', 'the Riga summit', 'EVENT'],
  ],
  predicates: [
    {
      id: 'plans_to_open',
      phrasing: [
        '{subject} plans to open {object}',
        'Who plans to open {object}?',
        'What does {subject} plan to open?',
      ],
    },
    {
      id: 'blocked',
      phrasing: [
        '{subject} blocked {object}',
        'Who blocked {object}?',
        'What did {subject} block?',
      ],
    },
    {
      id: 'member_of',
      relation: 'MEMBER_OF',
      phrasing: [
        '{subject} is a member of {object}',
        'Who is a member of {object}?',
        'What is {subject} a member of?',
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
      id: 'scheduled_for',
      object: 'VALUE',
      phrasing: ['{subject} is scheduled for {object}', null, 'When is {subject} scheduled?'],
    },
    { id: 'welcomed', phrasing: ['{subject} welcomed {object}', 'Who welcomed {object}?', null] },
    { id: 'praised', phrasing: ['{subject} praised {object}', 'Who praised {object}?', null] },
    {
      id: 'hosted',
      phrasing: ['{subject} hosted {object}', 'Which country hosted {object}?', null],
    },
    {
      id: 'works_for',
      relation: 'AFFILIATED_WITH',
      phrasing: ['{subject} works for {object}', null, 'Where does {subject} work?'],
    },
    { id: 'leads', phrasing: ['{subject} leads {object}', 'Who leads {object}?', null] },
    { id: 'said', object: 'VALUE' },
    { id: 'warned', object: 'VALUE' },
  ],
  claims: [
    {
      id: 'alliance-plans-office',
      s: 'alliance',
      p: 'plans_to_open',
      o: 'arden-office',
      modality: 'PLAN',
      time: '2023',
      statement: 'The Alliance plans to open an office in Arden.',
      evidence: [
        ['gazette', 'The Alliance agreed in 2023 to open an office in Arden.'],
        ['herald', 'Arden will host the Alliance office'],
      ],
    },
    {
      id: 'tesk-blocked-office',
      s: 'karl-tesk',
      p: 'blocked',
      o: 'arden-office',
      statement: 'Borduria’s president Karl Tesk vetoed the office.',
      evidence: [['gazette', 'the plan was vetoed by Borduria’s president, Karl Tesk']],
    },
    ...['arden', 'calia', 'delmar', 'esland'].map((country) => ({
      id: `${country}-in-q4`,
      s: country,
      p: 'member_of',
      o: 'quad-four',
      statement: `${country[0]?.toUpperCase()}${country.slice(1)} is a member of the Quad Four.`,
      evidence: [
        ['gazette', 'Arden, Calia, Delmar and Esland make up the Quad Four.'] as [string, string],
      ],
    })),
    ...['arden', 'calia', 'delmar'].map((country) => ({
      id: `${country}-attended-riga`,
      s: country,
      p: 'attended',
      o: 'riga-summit',
      statement: `${country[0]?.toUpperCase()}${country.slice(1)} attended the Riga summit.`,
      evidence: [
        ['gazette', 'Arden, Calia and Delmar attended the Riga summit.'] as [string, string],
      ],
    })),
    {
      id: 'riga-in-july',
      s: 'riga-summit',
      p: 'scheduled_for',
      value: { kind: 'date', date: { value: '2023-07-11', precision: 'DAY' } },
      statement: 'The Riga summit takes place on 11 July 2023.',
      evidence: [['gazette', 'The Riga summit will take place on July 11, 2023.']],
    },
    {
      id: 'riga-in-june',
      s: 'riga-summit',
      p: 'scheduled_for',
      value: { kind: 'date', date: { value: '2023-06', precision: 'MONTH' } },
      statement: 'The Riga summit takes place in June 2023.',
      evidence: [['herald', 'The Riga summit is set for June 2023.']],
    },
    {
      id: 'soto-welcomed-office',
      s: 'mira-soto',
      p: 'welcomed',
      o: 'arden-office',
      statement: 'Arden’s foreign minister Mira Soto welcomed the plan.',
      evidence: [['gazette', 'Mira Soto, Arden’s foreign minister, welcomed the plan.']],
    },
    {
      id: 'pine-praised-office',
      s: 'pine-institute',
      p: 'praised',
      o: 'arden-office',
      statement: 'The Pine Institute praised the plan.',
      evidence: [
        ['herald', 'The Pine Institute and the Ridge Institute for Peace praised the plan.'],
      ],
    },
    {
      id: 'ridge-praised-office',
      s: 'ridge-institute',
      p: 'praised',
      o: 'arden-office',
      statement: 'The Ridge Institute for Peace praised the plan.',
      evidence: [
        ['herald', 'The Pine Institute and the Ridge Institute for Peace praised the plan.'],
      ],
    },
    {
      id: 'calia-hosted-office',
      s: 'calia',
      p: 'hosted',
      o: 'arden-office',
      rank: 'DEPRECATED',
      statement: 'Calia once hosted the Alliance office.',
      evidence: [['courier', 'Calia once hosted the Alliance office, an early report claimed.']],
    },
    {
      id: 'ortiz-works-for-harbor',
      s: 'lena-ortiz',
      p: 'works_for',
      o: 'harbor-institute',
      statement: 'Lena Ortiz works for the Harbor Institute.',
      evidence: [['gazette', 'Lena Ortiz of the Harbor Institute']],
    },
    {
      id: 'ortiz-warned',
      s: 'lena-ortiz',
      p: 'warned',
      value: { kind: 'text', text: 'the office could raise tensions' },
      modality: 'OPINION',
      speaker: 'lena-ortiz',
      statement: 'Lena Ortiz warned that the office could raise tensions.',
      evidence: [
        [
          'gazette',
          'Lena Ortiz of the Harbor Institute warned that the office could raise tensions.',
        ],
      ],
    },
    {
      id: 'reyes-leads-delmar',
      s: 'omar-reyes',
      p: 'leads',
      o: 'delmar',
      offTopic: true,
      statement: 'Omar Reyes leads Delmar.',
      evidence: [['gazette', 'Omar Reyes leads Delmar after a landslide.']],
    },
    saidClaim(
      'lindstrom-next-year',
      'ana-lindstrom',
      'The office opens next year.',
      'Ana Lindström said the office would open next year.',
      [
        [
          'gazette',
          '“We will open it next year, and we will staff it well,” said Chair Ana Lindström.',
        ],
      ],
    ),
    saidClaim(
      'soto-bridge',
      'mira-soto',
      'The office is a bridge.',
      'Mira Soto called the office a bridge between two oceans.',
      [['gazette', '“This office is a bridge between two oceans,” Soto said.']],
    ),
    saidClaim(
      'vos-waste',
      'piet-vos',
      'The office is a waste.',
      'Piet Vos called the office a waste of money and time.',
      [['herald', 'Piet Vos of Calia said “the office is a waste of money and time”.']],
    ),
  ],
  relations: [
    ['MEMBER_OF', 'gorvia', 'quad-four', '2022'],
    ['MEMBER_OF', 'fenwick', 'northern-pact'],
  ],
  disputes: [['riga-in-july', 'riga-in-june', 'DATE']],
};

export const world = () => buildKb(worldSpec);
