import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  type ExportQuestion,
  type ExportSet,
  KAHOOT_COLUMNS,
  KAHOOT_HEADER_ROW,
  toKahootXlsx,
} from '../src/index.ts';
import { corpusSet, handMade, handMadeSet } from './support/questions.ts';

/** Reads the file back as a spreadsheet program would: header row, then question rows. */
async function readBack(xlsx: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  const cells = (r: number) =>
    Array.from({ length: 8 }, (_, c) => {
      const v = sheet.getRow(r).getCell(c + 1).value;
      return v == null ? '' : String(v);
    });
  const rows: string[][] = [];
  for (let r = KAHOOT_HEADER_ROW + 1; r <= sheet.rowCount; r++) rows.push(cells(r));
  return { header: cells(KAHOOT_HEADER_ROW), rows, title: String(sheet.getCell('B1').value) };
}

const byId = (id: string) => handMade.find((q) => q.id === id) as ExportQuestion;

describe('toKahootXlsx (Kahoot’s spreadsheet template)', async () => {
  const result = await toKahootXlsx(handMadeSet);
  const { header, rows, title } = await readBack(result.xlsx);

  it('is an xlsx (a zip) with the template’s headings in row 8 and the set’s title', () => {
    expect([...result.xlsx.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(header).toEqual(['', ...KAHOOT_COLUMNS]);
    expect(title).toBe(handMadeSet.title);
  });

  it('writes every question that fits, numbered, with its answers and 1-based right answers', () => {
    const fitting = handMade.filter((q) => !result.skipped.some((s) => s.id === q.id));
    expect(rows).toHaveLength(fitting.length);
    fitting.forEach((q, i) => {
      const row = rows[i] as string[];
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(q.prompt.trim());
      expect(row.slice(2, 2 + q.options.length)).toEqual(q.options.map((o) => o.text.trim()));
      expect(row.slice(2 + q.options.length, 6).every((a) => a === '')).toBe(true);
      expect(row[6]).toBe('20');
      expect(row[7]).toBe(q.options.flatMap((o, n) => (o.correct ? [n + 1] : [])).join(','));
    });
    // Special characters travel as they are: a spreadsheet cell needs no escaping.
    expect(rows[0]?.slice(2, 5)).toEqual(['1:2 {half}', '~2 # two', 'C:\\path\\to']);
  });

  it('names each question left out, with every reason, and each one Kahoot marks differently', () => {
    expect(result.skipped).toEqual([
      {
        id: 'multi-three',
        prompt: 'Which of these are members of the Alliance?',
        reason: '5 options: Kahoot takes at most 4 answers',
      },
      {
        id: 'fill-in',
        prompt: 'Who is the foreign minister of Sweden?',
        reason:
          "fill-in question: Kahoot's spreadsheet only takes choice questions (no typed answers)",
      },
    ]);
    expect(result.changed.map((c) => c.id)).toEqual(['disagree-many']);
    expect(result.changed[0]?.change).toMatch(/any one of them/);
    expect(result.omitted).toEqual([
      "explanations and evidence: Kahoot's template has no place for them",
    ]);
  });

  it('lists every limit a question breaks: prompt over 120, answer over 75 characters', async () => {
    const long: ExportQuestion = {
      ...byId('who-said'),
      id: 'long',
      prompt: `${'Why '.repeat(30)}?`,
      options: [
        { id: 'a', text: 'x'.repeat(76), correct: true },
        { id: 'b', text: 'short', correct: false },
      ],
    };
    const { skipped, xlsx } = await toKahootXlsx({ title: 't', questions: [long] });
    expect(skipped[0]?.reason).toBe(
      'question is 121 characters: Kahoot allows at most 120; answer 1 is 76 characters: Kahoot allows at most 75',
    );
    expect((await readBack(xlsx)).rows).toEqual([]);
  });

  it('counts characters, not UTF-16 units, against the limits', async () => {
    const emoji: ExportQuestion = { ...byId('who-said'), prompt: '😀'.repeat(120) };
    const { skipped, xlsx } = await toKahootXlsx({ title: 't', questions: [emoji] });
    expect(skipped).toEqual([]);
    expect((await readBack(xlsx)).rows[0]?.[1]).toBe('😀'.repeat(120));
  });

  it('takes one of Kahoot’s time limits, and refuses others', async () => {
    const { rows: timed } = await readBack(
      (await toKahootXlsx(handMadeSet, { timeLimit: 60 })).xlsx,
    );
    expect(timed[0]?.[6]).toBe('60');
    await expect(toKahootXlsx(handMadeSet, { timeLimit: 45 as 60 })).rejects.toThrow(RangeError);
  });

  it('omits nothing it need not: no explanation and no evidence, no note', async () => {
    const bare: ExportSet = {
      title: 't',
      questions: [{ ...byId('who-said'), explanation: '', evidence: [] }],
    };
    expect((await toKahootXlsx(bare)).omitted).toEqual([]);
  });

  it('exports the corpus: every exportable question read back, every other one named', async () => {
    const corpus = await toKahootXlsx(corpusSet);
    const { rows: corpusRows } = await readBack(corpus.xlsx);
    expect(corpusRows.length + corpus.skipped.length).toBe(corpusSet.questions.length);
    expect(corpusRows.length).toBeGreaterThan(0);
    const exported = corpusSet.questions.filter((q) => !corpus.skipped.some((s) => s.id === q.id));
    exported.forEach((q, i) => {
      const row = corpusRows[i] as string[];
      expect(row[1]).toBe(q.prompt.trim());
      expect(row.slice(2, 2 + q.options.length)).toEqual(q.options.map((o) => o.text.trim()));
      expect(row[7]).toBe(q.options.flatMap((o, n) => (o.correct ? [n + 1] : [])).join(','));
    });
    for (const s of corpus.skipped) expect(s.reason).toMatch(/Kahoot|right/);
  });
});
