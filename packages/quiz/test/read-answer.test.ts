import { describe, expect, it } from 'vitest';
import { AnswerShapeError, type Markable, markAnswer, readAnswer } from '../src/index.ts';

const choice: Markable = {
  type: 'SINGLE_CHOICE',
  selectMany: false,
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: false },
  ],
  acceptedAnswers: [],
};
const typed: Markable = {
  type: 'FILL_IN',
  selectMany: false,
  options: [],
  acceptedAnswers: ['Arden'],
};

describe('readAnswer', () => {
  it('takes trimmed text for fill-in and option ids otherwise', () => {
    expect(readAnswer(typed, { text: '  Arden ' })).toBe('Arden');
    expect(readAnswer(choice, { optionIds: ['b'] })).toEqual(['b']);
    expect(readAnswer({ ...choice, selectMany: true }, { optionIds: ['a', 'b'] })).toEqual([
      'a',
      'b',
    ]);
  });

  it('refuses what does not fit, saying why', () => {
    const refused = (q: Markable, given: Parameters<typeof readAnswer>[1]) => {
      try {
        readAnswer(q, given);
      } catch (error) {
        expect(error).toBeInstanceOf(AnswerShapeError);
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refused(typed, { optionIds: ['a'] })).toMatch(/typed answer/);
    expect(refused(typed, { text: '  ' })).toMatch(/send the typed answer/i);
    expect(refused(choice, { text: 'Arden' })).toMatch(/takes options/);
    expect(refused(choice, { optionIds: ['a'], text: 'Arden' })).toMatch(/not text/);
    expect(refused(choice, { optionIds: ['z'] })).toBe('Not options of this question: z.');
    expect(refused(choice, { optionIds: ['a', 'a'] })).toMatch(/more than once/);
    expect(refused(choice, { optionIds: ['a', 'b'] })).toMatch(/one right answer/);
  });
});

describe('markAnswer', () => {
  it('marks a stored question as it marks a generated one', () => {
    expect(markAnswer(choice, ['a'])).toMatchObject({
      correct: true,
      score: 1,
      correctOptionIds: ['a'],
    });
    expect(markAnswer(typed, 'the arden')).toMatchObject({ correct: true, almost: null });
    expect(markAnswer(typed, 'Calia').score).toBe(0);
  });
});
