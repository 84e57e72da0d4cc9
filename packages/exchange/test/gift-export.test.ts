import { type GIFTQuestion, parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { type ExportQuestion, type ExportSet, multiSelectWeights, toGift } from '../src/index.ts';
import { corpusSet, handMadeSet } from './support/questions.ts';

/** Parses with gift-pegjs, an independent GIFT grammar, and pairs each result with its source. */
function parsedPairs(set: ExportSet): [ExportQuestion, GIFTQuestion][] {
  const parsed = parse(toGift(set));
  expect(parsed).toHaveLength(set.questions.length);
  return set.questions.map((q, i) => [q, parsed[i] as GIFTQuestion]);
}

function expectFaithful(question: ExportQuestion, parsed: GIFTQuestion) {
  expect(parsed.title).toBe(question.id);
  expect(parsed.id).toBe(question.id);
  expect(parsed.tags).toEqual([`attest-type:${question.type}`]);
  if (parsed.type === 'Category') throw new Error('unexpected category');
  expect(parsed.stem.text).toBe(question.prompt);
  expect(parsed.stem.format).toBe('plain');
  if (question.type === 'FILL_IN') {
    expect(parsed.type).toBe('Short');
    if (parsed.type !== 'Short') return;
    const accepted = parsed.choices.filter((c) => c.text.text !== '*');
    expect(accepted.map((c) => c.text.text)).toEqual(question.acceptedAnswers);
    return;
  }
  if (question.type === 'TRUE_FALSE') {
    expect(parsed.type).toBe('TF');
    if (parsed.type !== 'TF') return;
    expect(parsed.isTrue).toBe(question.options.find((o) => o.correct)?.text === 'True');
    return;
  }
  expect(parsed.type).toBe('MC');
  if (parsed.type !== 'MC') return;
  expect(parsed.choices.map((c) => c.text.text)).toEqual(question.options.map((o) => o.text));
  if (!question.selectMany) {
    expect(parsed.choices.map((c) => c.isCorrect)).toEqual(question.options.map((o) => o.correct));
    expect(parsed.choices.every((c) => c.weight === null)).toBe(true);
    return;
  }
  const { right, wrong } = multiSelectWeights(question.options.filter((o) => o.correct).length);
  const weights = parsed.choices.map((c) => c.weight ?? Number.NaN);
  expect(weights.filter((w) => w > 0)).toEqual(right);
  question.options.forEach((o, i) => {
    expect((weights[i] as number) > 0, o.text).toBe(o.correct);
    if (!o.correct) expect(weights[i]).toBe(wrong);
  });
}

describe('toGift', () => {
  it('writes every hand-made question so gift-pegjs reads back its type, answers and weights', () => {
    for (const [question, parsed] of parsedPairs(handMadeSet)) expectFaithful(question, parsed);
  });

  it('writes every corpus question so gift-pegjs reads it back faithfully', () => {
    const pairs = parsedPairs(corpusSet);
    // Not an exact count (that is the quiz engine's business, and it shrinks as the engine's
    // rules get stricter): every type, and hundreds in all.
    expect(new Set(pairs.map(([q]) => q.type)).size).toBe(6);
    expect(pairs.length).toBeGreaterThan(200);
    for (const [question, parsed] of pairs) expectFaithful(question, parsed);
  });

  it('escapes ~ = # { } : \\ in titles, prompts, options and feedback', () => {
    const gift = toGift(handMadeSet);
    expect(gift).toContain(
      '[plain]Which "ratio" is \\{a\\:b\\} \\= \\~c \\# d \\\\ e? It\'s tricky\\: really.{',
    );
    expect(gift).toContain('=1\\:2 \\{half\\}#Right \\= yes');
    expect(gift).toContain('~C\\:\\\\path\\\\to#Not quite \\~ try again');
    const [parsed] = parse(gift);
    if (parsed?.type !== 'MC') throw new Error('expected multiple choice');
    expect(parsed.choices.map((c) => [c.text.text, c.feedback?.text])).toEqual([
      ['1:2 {half}', 'Right = yes'],
      ['~2 # two', 'Not quite ~ try again'],
      ['C:\\path\\to', 'Not quite ~ try again'],
      ['fourth', 'Not quite ~ try again'],
    ]);
    // Line breaks survive as GIFT's \n escape.
    expect(parsed.globalFeedback?.text).toBe(
      'Line one: with {braces}.\nLine two #2.\n\nEvidence:\n“Billström said allies will raise it” — A Tokyo Office? (Gazette)',
    );
  });

  it('escapes special characters in the title too', () => {
    const [q] = handMadeSet.questions;
    const gift = toGift({ title: 't', questions: [{ ...(q as ExportQuestion), id: 'a::b{c}' }] });
    expect(gift).toContain('::a\\:\\:b\\{c\\}::');
    expect(parse(gift)[0]?.title).toBe('a::b{c}');
  });

  it('writes true/false as {TRUE}/{FALSE} with Moodle’s wrong-then-right feedback', () => {
    const gift = toGift(handMadeSet);
    expect(gift).toContain(
      'Arden blocked the office.{\n\tFALSE\n\t#No\\: it was Calia.\n\t#Yes\\: it was Calia.\n',
    );
    expect(gift).toContain('Calia blocked the office.{\n\tTRUE\n\t#\n\t#Indeed.\n}');
  });

  it('writes fill-in as a short answer with a 0 % catch-all carrying the wrong feedback', () => {
    expect(toGift(handMadeSet)).toContain(
      '\t=Tobias Billström#Right!\n\t=Billström#Right!\n\t=Billstrom#Right!\n\t=%0%*#It is Tobias Billström.\n',
    );
  });

  it('writes multi-select weights that sum to 100 with negative wrong answers', () => {
    expect(toGift(handMadeSet)).toContain(
      '\t~%33.33333%Arden\n\t~%-33.33333%Calia\n\t~%33.33333%Dorne\n\t~%33.33333%Estra\n\t~%-33.33333%Fenn\n',
    );
  });

  it('puts the explanation and the evidence quote with its source in the general feedback', () => {
    const parsed = parse(toGift(handMadeSet));
    const whoSaid = parsed.find((p) => p.title === 'who-said');
    if (whoSaid?.type !== 'MC') throw new Error('expected multiple choice');
    expect(whoSaid.globalFeedback?.text).toBe(
      'A diplomat said it.\n\nEvidence:\n“Billström said allies will raise it” — A Tokyo Office? (Gazette)',
    );
  });

  it('keeps comment tags from the set description out of the questions', () => {
    const gift = toGift(handMadeSet);
    expect(
      gift.startsWith('// Attest question set: Hand-made: {all} the forms\n// Edge cases\n// (id:'),
    ).toBe(true);
  });

  it('refuses a question Moodle cannot take, naming it', () => {
    const [q] = handMadeSet.questions;
    const broken = {
      ...(q as ExportQuestion),
      id: 'broken',
      options: (q as ExportQuestion).options.map((o) => ({ ...o, correct: false })),
    };
    expect(() => toGift({ title: 't', questions: [broken] })).toThrow(
      /broken: no option is marked right/,
    );
  });
});
