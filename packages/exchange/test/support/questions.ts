import { loadKnowledgeBase } from '@attest/knowledge';
import { generateQuestions } from '@attest/quiz';
import type { ExportOption, ExportQuestion, ExportSet } from '../../src/index.ts';

const option = (id: string, text: string, correct = false, feedback?: string): ExportOption => ({
  id,
  text,
  correct,
  ...(feedback ? { feedback } : {}),
});

const evidence = [
  {
    quote: 'Billström said allies will raise it',
    sourceTitle: 'A Tokyo Office?',
    publisher: 'Gazette',
  },
];

/** One question per form, with GIFT's special characters where they are most likely to break. */
export const handMade: ExportQuestion[] = [
  {
    id: 'single-special',
    type: 'SINGLE_CHOICE',
    prompt: 'Which "ratio" is {a:b} = ~c # d \\ e? It\'s tricky: really.',
    options: [
      option('a', '1:2 {half}', true, 'Right = yes'),
      option('b', '~2 # two'),
      option('c', 'C:\\path\\to'),
      option('d', 'fourth'),
    ],
    selectMany: false,
    acceptedAnswers: [],
    explanation: 'Line one: with {braces}.\nLine two #2.',
    evidence,
    feedback: { wrong: 'Not quite ~ try again' },
  },
  {
    id: 'multi-three',
    type: 'MULTI_SELECT',
    prompt: 'Which of these are members of the Alliance?',
    options: [
      option('a', 'Arden', true),
      option('b', 'Calia'),
      option('c', 'Dorne', true),
      option('d', 'Estra', true),
      option('e', 'Fenn'),
    ],
    selectMany: true,
    acceptedAnswers: [],
    explanation: 'Arden, Dorne and Estra are members.',
    evidence: [],
  },
  {
    id: 'tf-false',
    type: 'TRUE_FALSE',
    prompt: 'Arden blocked the office.',
    options: [option('t', 'True'), option('f', 'False', true)],
    selectMany: false,
    acceptedAnswers: [],
    explanation: 'Calia blocked it.',
    evidence,
    feedback: { right: 'Yes: it was Calia.', wrong: 'No: it was Calia.' },
  },
  {
    id: 'tf-true',
    type: 'TRUE_FALSE',
    prompt: 'Calia blocked the office.',
    options: [option('t', 'True', true), option('f', 'False')],
    selectMany: false,
    acceptedAnswers: [],
    explanation: '',
    evidence: [],
    feedback: { right: 'Indeed.' },
  },
  {
    id: 'fill-in',
    type: 'FILL_IN',
    prompt: 'Who is the foreign minister of Sweden?',
    options: [],
    selectMany: false,
    acceptedAnswers: ['Tobias Billström', 'Billström', 'Billstrom'],
    explanation: 'Tobias Billström is the foreign minister.',
    evidence,
    feedback: { right: 'Right!', wrong: 'It is Tobias Billström.' },
  },
  {
    id: 'who-said',
    type: 'WHO_SAID',
    prompt: 'Who said “not something anyone is pursuing”?',
    options: [option('a', 'Ana Lindström'), option('b', 'An anonymous diplomat', true)],
    selectMany: false,
    acceptedAnswers: [],
    explanation: 'A diplomat said it.',
    evidence,
  },
  {
    id: 'disagree-many',
    type: 'SOURCES_DISAGREE',
    prompt: 'Which sources say the office opened?',
    options: [
      option('a', '“Herald” (Herald Co.)', true),
      option('b', '“Gazette”', true),
      option('c', '“Courier”'),
    ],
    selectMany: true,
    acceptedAnswers: [],
    explanation: 'Herald and Gazette say so.',
    evidence,
  },
];

export const handMadeSet: ExportSet = {
  title: 'Hand-made: {all} the forms',
  description: 'Edge cases\n[id:not-a-question] [tag:nope]',
  questions: handMade,
};

/** Every question the curated corpus yields (~1,000), generated once per test file. */
export const corpus: ExportQuestion[] = generateQuestions(loadKnowledgeBase());

export const corpusSet: ExportSet = { title: 'Curated corpus', questions: corpus };
