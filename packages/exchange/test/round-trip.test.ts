import { describe, expect, it } from 'vitest';
import { generalFeedback } from '../src/feedback.ts';
import { type ExportQuestion, type ExportSet, fromGift, toGift } from '../src/index.ts';
import { corpusSet, handMadeSet } from './support/questions.ts';

/** What must survive export → fromGift: everything but option ids and evidence. */
const essentials = (q: ExportQuestion) => ({
  id: q.id,
  type: q.type,
  prompt: q.prompt,
  selectMany: q.selectMany,
  options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
  acceptedAnswers: q.acceptedAnswers,
});

function roundTrip(set: ExportSet) {
  const report = fromGift(toGift(set));
  expect(report.skipped).toEqual([]);
  expect(report.warnings).toEqual([]);
  return report.questions;
}

describe('toGift → fromGift', () => {
  it('gives back the hand-made questions: ids, types, prompts, options, right answers', () => {
    expect(roundTrip(handMadeSet).map(essentials)).toEqual(handMadeSet.questions.map(essentials));
  });

  it('gives back every corpus question', () => {
    const back = roundTrip(corpusSet);
    expect(back.map(essentials)).toEqual(corpusSet.questions.map(essentials));
  });

  it('brings the general feedback back as the explanation, and the answer feedback', () => {
    const back = roundTrip(handMadeSet);
    back.forEach((q, i) => {
      const original = handMadeSet.questions[i] as ExportQuestion;
      expect(q.explanation).toBe(generalFeedback(original));
      expect(q.evidence).toEqual([]);
    });
    const single = back.find((q) => q.id === 'single-special');
    expect(single?.options.map((o) => o.feedback)).toEqual([
      'Right = yes',
      'Not quite ~ try again',
      'Not quite ~ try again',
      'Not quite ~ try again',
    ]);
    const tf = back.find((q) => q.id === 'tf-false');
    expect(tf?.options).toEqual([
      expect.objectContaining({ text: 'True', correct: false, feedback: 'No: it was Calia.' }),
      expect.objectContaining({ text: 'False', correct: true, feedback: 'Yes: it was Calia.' }),
    ]);
    expect(back.find((q) => q.id === 'fill-in')?.feedback).toEqual({
      right: 'Right!',
      wrong: 'It is Tobias Billström.',
    });
  });

  it('is stable: exporting the imported questions gives the same GIFT minus evidence', () => {
    const once = roundTrip(handMadeSet);
    const twice = roundTrip({ title: 'again', questions: once });
    expect(twice).toEqual(once);
  });

  it('keeps option ids deterministic', () => {
    expect(roundTrip(handMadeSet)).toEqual(roundTrip(handMadeSet));
  });
});
