import { type Database, type DatabaseKind, readKnowledgeBase } from '@attest/db';
import { KAHOOT_HEADER_ROW } from '@attest/exchange';
import { generateQuestions } from '@attest/quiz';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addGeneratedQuestions,
  addQuestion,
  createQuestionSet,
  exportBytes,
  exportQuestionSet,
  importGift,
  type QuestionInput,
} from '../src/index.ts';
import { makeUser } from '../src/testing.ts';
import { openSeeded, refusalOf } from './helpers.ts';

const handWritten: QuestionInput[] = [
  {
    type: 'SINGLE_CHOICE',
    prompt: 'Who vetoed the office in Arden?',
    options: [
      { text: 'Karl Tesk', correct: true },
      { text: 'Tomas Berg', correct: false },
      { text: 'Mira Holm', correct: false },
    ],
    explanation: 'Tesk used his veto.',
    claimIds: ['tesk-blocked-arden-office'],
  },
  {
    type: 'MULTI_SELECT',
    prompt: 'Which are members of the Alliance?',
    options: [
      { text: 'Arden', correct: true },
      { text: 'Borduria', correct: true },
      { text: 'Syldavia', correct: false },
      { text: 'Carpania', correct: false },
      { text: 'Ruritania', correct: false },
    ],
    explanation: 'Both joined in 2020.',
  },
  {
    type: 'TRUE_FALSE',
    prompt: 'The Alliance plans to open an office in Arden.',
    options: [
      { text: 'True', correct: true },
      { text: 'False', correct: false },
    ],
    claimIds: ['alliance-plans-arden-office'],
  },
  {
    type: 'FILL_IN',
    prompt: 'Who said the office would open next year?',
    acceptedAnswers: ['Ana Lindström', 'Lindström'],
    explanation: 'She said so in the Gazette.',
  },
];

const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['question', 'answer'].includes(name),
});

describe.each<DatabaseKind>(['pglite', 'postgres'])('export and import on %s', (kind) => {
  let db: Database;
  let ownerId: string;
  let setId: string;
  beforeAll(async () => {
    ({ db, ownerId } = await openSeeded(kind));
    setId = (await createQuestionSet(db.prisma, ownerId, { title: 'Arden: week 1' })).id;
    for (const q of handWritten) await addQuestion(db.prisma, ownerId, setId, q);
    const kb = await readKnowledgeBase(db.prisma);
    const generated = generateQuestions(kb, { seed: 'x', count: 2, types: ['TRUE_FALSE'] });
    expect(generated).toHaveLength(2);
    await addGeneratedQuestions(
      db.prisma,
      ownerId,
      setId,
      generated.map((q) => q.id),
      kb,
    );
  });
  afterAll(() => db.close());

  const stored = () =>
    db.prisma.setQuestion.findMany({ where: { setId }, orderBy: { position: 'asc' } });

  it('exports GIFT that gift-pegjs reads back: titles are stable IDs, types and answers kept', async () => {
    const file = await exportQuestionSet(db.prisma, ownerId, setId, 'GIFT');
    expect(file).toMatchObject({
      filename: 'arden-week-1.gift.txt',
      mediaType: 'text/plain; charset=utf-8',
      notes: [],
    });
    const parsed = parseGift(file.content).filter((q) => q.type !== 'Category');
    const questions = await stored();
    expect(parsed.map((q) => q.title)).toEqual(questions.map((q) => q.stableId));
    expect(parsed.map((q) => q.type)).toEqual(['MC', 'MC', 'TF', 'Short', 'TF', 'TF']);
    const multi = parsed[1] as { choices: { weight: number | null; isCorrect: boolean }[] };
    expect(
      multi.choices.filter((c) => (c.weight ?? 0) > 0).reduce((s, c) => s + (c.weight ?? 0), 0),
    ).toBe(100);
    const tf = parsed[2] as { isTrue: boolean };
    expect(tf.isTrue).toBe(true);
    expect(file.content).toContain('Tesk used his veto.');
  });

  it('exports Moodle XML that is well formed, with question types, fractions and feedback', async () => {
    const file = await exportQuestionSet(db.prisma, ownerId, setId, 'MOODLE_XML');
    expect(file.mediaType).toBe('application/xml; charset=utf-8');
    expect(XMLValidator.validate(file.content)).toBe(true);
    const questions = xml.parse(file.content).quiz.question as {
      '@_type': string;
      idnumber: string;
      single?: string;
      generalfeedback: { text: string };
      answer: { '@_fraction': string; text: string }[];
    }[];
    const rows = await stored();
    expect(questions.map((q) => q.idnumber)).toEqual(rows.map((q) => q.stableId));
    expect(questions.map((q) => q['@_type'])).toEqual([
      'multichoice',
      'multichoice',
      'truefalse',
      'shortanswer',
      'truefalse',
      'truefalse',
    ]);
    expect(questions.map((q) => q.single)).toEqual([
      'true',
      'false',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const fraction = (i: number, text: string) =>
      questions[i]?.answer.find((a) => a.text.includes(text))?.['@_fraction'];
    expect(fraction(0, 'Karl Tesk')).toBe('100');
    expect(fraction(0, 'Tomas Berg')).toBe('0');
    expect(fraction(1, 'Arden')).toBe('50');
    expect(fraction(1, 'Syldavia')).toBe('-50');
    expect(fraction(3, 'Lindström')).toBe('100');
    expect(questions[0]?.generalfeedback.text).toContain('Tesk used his veto.');
    // The snapshotted evidence is cited in the feedback.
    const evidence = ((rows[0]?.evidence ?? []) as { quote: string }[])[0]?.quote ?? 'missing';
    expect(questions[0]?.generalfeedback.text).toContain(evidence.slice(0, 20));
  });

  it("exports Kahoot's spreadsheet, read back whole, and names every question that doesn't fit", async () => {
    const file = await exportQuestionSet(db.prisma, ownerId, setId, 'KAHOOT_XLSX');
    expect(file.filename).toBe('arden-week-1.kahoot.xlsx');
    expect(file.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(file.encoding).toBe('BASE64');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exportBytes(file)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const prompts: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > KAHOOT_HEADER_ROW) prompts.push(String(row.getCell(2).value));
    });
    const all = (await stored()).map((q) => q.prompt);
    const left = file.notes.filter((n) => n.startsWith('Left out'));
    // Every question is either in the file or named in a note, never both, never neither.
    expect(prompts.length + left.length).toBe(all.length);
    for (const prompt of all)
      expect(prompts.includes(prompt) !== left.some((n) => n.includes(prompt.slice(0, 20)))).toBe(
        true,
      );
    expect(left).toEqual([
      expect.stringMatching(
        /^Left out question 2 \(“Which are members.*5 options: Kahoot takes at most 4/,
      ),
      expect.stringMatching(/^Left out question 4 \(“Who said.*fill-in/),
    ]);
    expect(file.notes).toContainEqual(expect.stringMatching(/^Not in the file: explanations/));
  });

  it('round-trips GIFT: re-importing an export updates in place, an edited export changes questions', async () => {
    const before = await stored();
    const gift = (await exportQuestionSet(db.prisma, ownerId, setId, 'GIFT')).content;
    const again = await importGift(db.prisma, ownerId, setId, gift);
    expect(again).toEqual({ imported: 0, updated: before.length, skipped: [], warnings: [] });
    const after = await stored();
    const content = (qs: typeof before) =>
      qs.map((q) => [
        q.id,
        q.position,
        q.type,
        q.prompt,
        q.options,
        q.acceptedAnswers,
        q.explanation,
        q.stableId,
      ]);
    expect(content(after)).toEqual(content(before));

    const edited = gift.replace('Who vetoed the office in Arden?', 'Who vetoed the Arden office?');
    expect((await importGift(db.prisma, ownerId, setId, edited)).updated).toBe(before.length);
    expect((await stored())[0]?.prompt).toBe('Who vetoed the Arden office?');
    expect(await db.prisma.setQuestion.count({ where: { setId } })).toBe(before.length);

    const copyId = (await createQuestionSet(db.prisma, ownerId, { title: 'Copy' })).id;
    const fresh = await importGift(db.prisma, ownerId, copyId, gift);
    expect(fresh).toMatchObject({ imported: before.length, updated: 0, skipped: [] });
    const copied = await db.prisma.setQuestion.findMany({
      where: { setId: copyId },
      orderBy: { position: 'asc' },
    });
    expect(copied.map((q) => [q.stableId, q.type])).toEqual(
      before.map((q) => [q.stableId, q.type]),
    );
  });

  it('reports what it skips and why, and imports the rest', async () => {
    const target = (await createQuestionSet(db.prisma, ownerId, { title: 'Import' })).id;
    const gift = [
      '::capital:: What is the capital of Arden? {=Arden City ~Borduria ~Syldavia}',
      '::essay:: Write about the Alliance. {}',
      '::dupes:: Which city? {=Arden ~arden}',
      '::broken:: Which {=a ~b',
      '::same:: Same? {TRUE}',
    ].join('\n\n');
    const report = await importGift(db.prisma, ownerId, target, gift);
    expect(report.imported).toBe(2);
    expect(report.skipped.map((s) => s.title)).toEqual(['essay', 'dupes', 'broken']);
    for (const s of report.skipped) expect(s.reason.length).toBeGreaterThan(5);
    const rows = await db.prisma.setQuestion.findMany({
      where: { setId: target },
      orderBy: { position: 'asc' },
    });
    expect(rows.map((q) => [q.position, q.stableId, q.type])).toEqual([
      [1, 'capital', 'SINGLE_CHOICE'],
      [2, 'same', 'TRUE_FALSE'],
    ]);
  });

  it('refuses empty GIFT and strangers, changing nothing', async () => {
    const stranger = (await makeUser(db.prisma, 'stranger')).id;
    const count = await db.prisma.setQuestion.count();
    expect(await refusalOf(importGift(db.prisma, ownerId, setId, '  '))).toBe('BAD_USER_INPUT');
    expect(await refusalOf(importGift(db.prisma, stranger, setId, '::a:: Q {=x ~y}'))).toBe(
      'NOT_FOUND',
    );
    expect(await refusalOf(exportQuestionSet(db.prisma, stranger, setId, 'GIFT'))).toBe(
      'NOT_FOUND',
    );
    expect(await db.prisma.setQuestion.count()).toBe(count);
  });
});
