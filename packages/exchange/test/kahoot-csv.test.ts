import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type ExportQuestion, KAHOOT_COLUMNS, toCsv } from '../src/index.ts';
import { corpusSet, handMade, handMadeSet } from './support/questions.ts';

/** Reads the CSV back with csv-parse into header + rows. */
function readCsv(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
}

const byId = (id: string) => handMade.find((q) => q.id === id) as ExportQuestion;

describe('toCsv (Kahoot spreadsheet columns)', () => {
  const { csv, skipped } = toCsv(handMadeSet);
  const [header, ...rows] = readCsv(csv);

  it('writes Kahoot’s columns, UTF-8 with a byte order mark and CRLF line ends', () => {
    expect(header).toEqual([...KAHOOT_COLUMNS]);
    expect(csv.startsWith('\uFEFFQuestion,Answer 1,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
  });

  it('writes each fitting question with its answers and 1-based correct indices', () => {
    expect(rows).toEqual([
      [
        byId('single-special').prompt,
        '1:2 {half}',
        '~2 # two',
        'C:\\path\\to',
        'fourth',
        '20',
        '1',
      ],
      ['Arden blocked the office.', 'True', 'False', '', '', '20', '2'],
      ['Calia blocked the office.', 'True', 'False', '', '', '20', '1'],
      [
        'Who said “not something anyone is pursuing”?',
        'Ana Lindström',
        'An anonymous diplomat',
        '',
        '',
        '20',
        '2',
      ],
      [
        'Which sources say the office opened?',
        '“Herald” (Herald Co.)',
        '“Gazette”',
        '“Courier”',
        '',
        '20',
        '1,2',
      ],
    ]);
  });

  it('skips a 5-option question and a fill-in, saying why', () => {
    expect(skipped).toEqual([
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
  });

  it('lists every limit a question breaks: prompt over 120, answer over 75 characters', () => {
    const long: ExportQuestion = {
      ...byId('who-said'),
      id: 'long',
      prompt: `${'Why '.repeat(30)}?`,
      options: [
        { id: 'a', text: 'x'.repeat(76), correct: true },
        { id: 'b', text: 'short', correct: false },
      ],
    };
    expect(toCsv({ title: 't', questions: [long] }).skipped[0]?.reason).toBe(
      'question is 121 characters: Kahoot allows at most 120; answer 1 is 76 characters: Kahoot allows at most 75',
    );
  });

  it('counts characters, not UTF-16 units, against the limits', () => {
    const emoji: ExportQuestion = { ...byId('who-said'), prompt: `${'😀'.repeat(120)}` };
    expect(toCsv({ title: 't', questions: [emoji] }).skipped).toEqual([]);
  });

  it('takes one of Kahoot’s time limits', () => {
    const [, first] = readCsv(toCsv(handMadeSet, { timeLimit: 60 }).csv);
    expect(first?.[5]).toBe('60');
    expect(() => toCsv(handMadeSet, { timeLimit: 45 as 60 })).toThrow(RangeError);
  });

  it('exports the corpus: every row readable, every skip explained', () => {
    const result = toCsv(corpusSet);
    const [, ...corpusRows] = readCsv(result.csv);
    expect(corpusRows.length + result.skipped.length).toBe(corpusSet.questions.length);
    // Every question is exported unless it cannot be: fill-in, or over one of Kahoot's limits.
    expect(corpusRows.length).toBeGreaterThan(0);
    for (const skip of result.skipped) expect(skip.reason).toMatch(/Kahoot/);
    for (const row of corpusRows) {
      expect(row).toHaveLength(7);
      const answers = row.slice(1, 5).filter((a) => a !== '');
      const correct = (row[6] as string).split(',').map(Number);
      expect(correct.length).toBeGreaterThan(0);
      for (const c of correct) expect(c >= 1 && c <= answers.length).toBe(true);
      expect([...(row[0] as string)].length).toBeLessThanOrEqual(120);
    }
    const rowsById = new Map(
      corpusSet.questions
        .filter((q) => !result.skipped.some((s) => s.id === q.id))
        .map((q, i) => [q.id, corpusRows[i] as string[]]),
    );
    for (const [id, row] of rowsById) {
      const q = corpusSet.questions.find((x) => x.id === id) as ExportQuestion;
      expect(row.slice(1, 1 + q.options.length)).toEqual(q.options.map((o) => o.text));
      expect(row[6]).toBe(q.options.flatMap((o, i) => (o.correct ? [i + 1] : [])).join(','));
    }
    for (const s of result.skipped) expect(s.reason).toMatch(/Kahoot|right/);
  });
});
