import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  type ExportQuestion,
  type ExportSet,
  isMoodlePercentage,
  toMoodleXml,
} from '../src/index.ts';
import { corpusSet, handMadeSet } from './support/questions.ts';

interface XmlText {
  text: string;
}
interface XmlAnswer {
  '@_fraction': string;
  '@_format': string;
  text: string;
  feedback: XmlText & { '@_format': string };
}
interface XmlQuestion {
  '@_type': string;
  name: XmlText;
  questiontext: XmlText & { '@_format': string };
  generalfeedback: XmlText;
  idnumber: string;
  single?: string;
  shuffleanswers?: string;
  answernumbering?: string;
  usecase?: string;
  answer: XmlAnswer[];
  tags: { tag: XmlText[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['question', 'answer', 'tag'].includes(name),
});

/** Validates with a real XML parser, then reads the questions. */
function readQuiz(set: ExportSet): XmlQuestion[] {
  const xml = toMoodleXml(set);
  expect(XMLValidator.validate(xml)).toBe(true);
  const questions = parser.parse(xml).quiz.question as XmlQuestion[];
  expect(questions).toHaveLength(set.questions.length);
  return questions;
}

const fractions = (q: XmlQuestion) => q.answer.map((a) => Number(a['@_fraction']));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function expectMoodleShape(question: ExportQuestion, xml: XmlQuestion) {
  expect(xml.idnumber).toBe(question.id);
  expect(xml.name.text.endsWith(` [${question.id}]`)).toBe(true);
  expect(xml.questiontext['@_format']).toBe('html');
  expect(xml.questiontext.text.startsWith('<p>')).toBe(true);
  expect(xml.tags.tag.map((t) => t.text)).toEqual([`attest-type:${question.type}`]);
  if (question.explanation) expect(xml.generalfeedback.text).toContain('<p>');
  for (const f of fractions(xml)) expect(isMoodlePercentage(f), `${f}`).toBe(true);
  if (question.type === 'FILL_IN') {
    expect(xml['@_type']).toBe('shortanswer');
    expect(xml.usecase).toBe('0');
    const accepted = xml.answer.filter((a) => a['@_fraction'] === '100').map((a) => a.text);
    expect(accepted).toEqual(question.acceptedAnswers);
  } else if (question.type === 'TRUE_FALSE') {
    expect(xml['@_type']).toBe('truefalse');
    const right = xml.answer.find((a) => a['@_fraction'] === '100')?.text;
    expect(right).toBe(question.options.find((o) => o.correct)?.text.toLowerCase());
  } else {
    expect(xml['@_type']).toBe('multichoice');
    expect(xml.single).toBe(String(!question.selectMany));
    expect(xml.shuffleanswers).toBe('true');
    expect(xml.answernumbering).toBe('abc');
    expect(xml.answer).toHaveLength(question.options.length);
    const f = fractions(xml);
    expect(f.map((x) => x > 0)).toEqual(question.options.map((o) => o.correct));
    // Single answer: one 100 % answer. Multi: positive shares summing to 100 (2 decimals).
    if (question.selectMany) {
      expect(Math.round(sum(f.filter((x) => x > 0)) * 100) / 100).toBe(100);
      expect(f.filter((x) => x <= 0).every((x) => x < 0)).toBe(true);
    } else {
      expect(f.filter((x) => x === 100)).toHaveLength(1);
    }
  }
}

describe('toMoodleXml', () => {
  it('writes hand-made questions as well-formed Moodle XML', () => {
    const xml = readQuiz(handMadeSet);
    handMadeSet.questions.forEach((q, i) => {
      expectMoodleShape(q, xml[i] as XmlQuestion);
    });
  });

  it('writes every corpus question as well-formed Moodle XML', () => {
    const xml = readQuiz(corpusSet);
    corpusSet.questions.forEach((q, i) => {
      expectMoodleShape(q, xml[i] as XmlQuestion);
    });
  });

  it('maps the forms to Moodle types with their settings', () => {
    const byId = new Map(readQuiz(handMadeSet).map((q) => [q.idnumber, q]));
    expect(fractions(byId.get('multi-three') as XmlQuestion)).toEqual([
      33.33333, -33.33333, 33.33333, 33.33333, -33.33333,
    ]);
    expect(fractions(byId.get('disagree-many') as XmlQuestion)).toEqual([50, 50, -50]);
    expect(byId.get('who-said')?.['@_type']).toBe('multichoice');
    const tf = byId.get('tf-false') as XmlQuestion;
    expect(tf.answer.map((a) => [a.text, a['@_fraction'], a.feedback.text])).toEqual([
      ['true', '0', '<p>No: it was Calia.</p>'],
      ['false', '100', '<p>Yes: it was Calia.</p>'],
    ]);
    const fill = byId.get('fill-in') as XmlQuestion;
    expect(fill.answer.map((a) => [a.text, a['@_fraction']])).toEqual([
      ['Tobias Billström', '100'],
      ['Billström', '100'],
      ['Billstrom', '100'],
      ['*', '0'],
    ]);
  });

  it('escapes HTML in texts and keeps the feedback with explanation and evidence', () => {
    const single = readQuiz(handMadeSet)[0] as XmlQuestion;
    expect(single.questiontext.text).toBe(
      "<p>Which &quot;ratio&quot; is {a:b} = ~c # d \\ e? It's tricky: really.</p>",
    );
    expect(single.generalfeedback.text).toBe(
      '<p>Line one: with {braces}.<br>Line two #2.</p><p>Evidence:</p><ul><li>“Billström said allies will raise it” — A Tokyo Office? (Gazette)</li></ul>',
    );
    expect(single.answer[1]?.feedback.text).toBe('<p>Not quite ~ try again</p>');
  });

  it('stays well-formed with markup, CDATA ends, control characters and "--" in texts', () => {
    const [q] = handMadeSet.questions;
    const nasty: ExportQuestion = {
      ...(q as ExportQuestion),
      prompt: 'Is <b>bold</b> & "]]>" allowed\u0001 here?',
      explanation: 'a ]]> b -- c',
    };
    const xml = toMoodleXml({ title: 'x -- y', description: 'ends with -', questions: [nasty] });
    expect(XMLValidator.validate(xml)).toBe(true);
    const [parsed] = parser.parse(xml).quiz.question as XmlQuestion[];
    expect(parsed?.questiontext.text).toBe(
      '<p>Is &lt;b&gt;bold&lt;/b&gt; &amp; &quot;]]&gt;&quot; allowed here?</p>',
    );
    expect(parsed?.generalfeedback.text).toContain('a ]]&gt; b -- c');
  });
});
