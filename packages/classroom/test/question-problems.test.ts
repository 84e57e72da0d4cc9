import { describe, expect, it } from 'vitest';
import { type ClaimState, questionProblems, questionStatus } from '../src/index.ts';

const option = (text: string, correct = false) => ({ id: text, text, correct });

describe('questionProblems', () => {
  it('accepts each type written sensibly', () => {
    const choice = [option('Karl Tesk', true), option('Ana Lindström')];
    expect(
      questionProblems({
        type: 'SINGLE_CHOICE',
        prompt: 'Who?',
        options: choice,
        acceptedAnswers: [],
      }),
    ).toEqual([]);
    expect(
      questionProblems({
        type: 'WHO_SAID',
        prompt: 'Who said it?',
        options: choice,
        acceptedAnswers: [],
      }),
    ).toEqual([]);
    expect(
      questionProblems({
        type: 'MULTI_SELECT',
        prompt: 'Which?',
        options: [option('A', true), option('B', true), option('C')],
        acceptedAnswers: [],
      }),
    ).toEqual([]);
    expect(
      questionProblems({
        type: 'TRUE_FALSE',
        prompt: 'Is it?',
        options: [option('True', true), option('False')],
        acceptedAnswers: [],
      }),
    ).toEqual([]);
    expect(
      questionProblems({ type: 'FILL_IN', prompt: 'Who?', options: [], acceptedAnswers: ['Tesk'] }),
    ).toEqual([]);
  });

  it('names every problem of a question that makes no sense', () => {
    expect(
      questionProblems({
        type: 'SINGLE_CHOICE',
        prompt: ' ',
        options: [option('Arden', true), option(' arden ', true), option('')],
        acceptedAnswers: [],
      }),
    ).toEqual([
      'the prompt is empty',
      'an option is empty',
      '2 options are marked correct; a single-choice question has one',
      'the options “Arden” and “ arden ” are the same',
    ]);
    expect(
      questionProblems({
        type: 'MULTI_SELECT',
        prompt: 'Which?',
        options: [option('A')],
        acceptedAnswers: [],
      }),
    ).toEqual(['a choice question needs at least 2 options', 'no option is marked correct']);
    expect(
      questionProblems({
        type: 'TRUE_FALSE',
        prompt: 'Is it?',
        options: [option('True', true), option('False'), option('Maybe')],
        acceptedAnswers: [],
      }),
    ).toEqual(['a true-false question has exactly 2 options']);
    expect(
      questionProblems({
        type: 'FILL_IN',
        prompt: 'Who?',
        options: [option('A', true)],
        acceptedAnswers: [' '],
      }),
    ).toEqual([
      'a fill-in question takes accepted answers, not options',
      'a fill-in question needs at least one accepted answer',
    ]);
  });
});

describe('questionStatus', () => {
  const state = (id: string, content: string, disputed: boolean) =>
    [id, { id, content, disputed, evidence: [] }] as [string, ClaimState];
  const states = new Map([state('a', 'x', false), state('b', 'y', true), state('c', 'z', true)]);

  it('is current while every claim is as linked, disputed ones included when they were already', () => {
    expect(
      questionStatus(
        [
          { claimId: 'a', fingerprint: 'x.u' },
          { claimId: 'b', fingerprint: 'y.d' },
        ],
        states,
      ),
    ).toBe('CURRENT');
    expect(questionStatus([], states)).toBe('CURRENT');
  });

  it('reports the worst change: removed, then newly disputed, then changed', () => {
    expect(questionStatus([{ claimId: 'a', fingerprint: 'old.u' }], states)).toBe('CLAIM_CHANGED');
    expect(
      questionStatus(
        [
          { claimId: 'a', fingerprint: 'old.u' },
          { claimId: 'c', fingerprint: 'z.u' },
        ],
        states,
      ),
    ).toBe('CLAIM_DISPUTED');
    expect(
      questionStatus(
        [
          { claimId: 'c', fingerprint: 'z.u' },
          { claimId: 'gone', fingerprint: 'q.u' },
        ],
        states,
      ),
    ).toBe('CLAIM_REMOVED');
  });
});
