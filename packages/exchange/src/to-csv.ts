import { stringify } from 'csv-stringify/sync';
import type { ExportQuestion, ExportSet, KahootExport, KahootSkip } from './types.ts';

/** The columns of Kahoot's spreadsheet template, in its order. */
export const KAHOOT_COLUMNS = [
  'Question',
  'Answer 1',
  'Answer 2',
  'Answer 3',
  'Answer 4',
  'Time limit (sec)',
  'Correct answer(s)',
] as const;

/** Kahoot's limits, as its template states them. */
export const KAHOOT_LIMITS = {
  answers: 4,
  questionLength: 120,
  answerLength: 75,
  timeLimits: [5, 10, 20, 30, 60, 90, 120, 240],
} as const;

export type KahootTimeLimit = (typeof KAHOOT_LIMITS.timeLimits)[number];

export interface KahootOptions {
  /** Seconds per question; one of Kahoot's choices. Default 20. */
  timeLimit?: KahootTimeLimit;
}

/** Kahoot counts characters as people see them, not UTF-16 units. */
const length = (text: string): number => [...text.trim()].length;

/** Why a question does not fit Kahoot's template; empty when it fits. */
function misfits(question: ExportQuestion): string[] {
  if (question.type === 'FILL_IN') {
    return [
      "fill-in question: Kahoot's spreadsheet only takes choice questions (no typed answers)",
    ];
  }
  const reasons: string[] = [];
  const { answers, questionLength, answerLength } = KAHOOT_LIMITS;
  if (question.options.length > answers) {
    reasons.push(`${question.options.length} options: Kahoot takes at most ${answers} answers`);
  }
  if (question.options.length < 2) reasons.push('fewer than 2 options: Kahoot needs at least 2');
  if (!question.options.some((o) => o.correct)) reasons.push('no option is marked right');
  if (length(question.prompt) > questionLength) {
    reasons.push(
      `question is ${length(question.prompt)} characters: Kahoot allows at most ${questionLength}`,
    );
  }
  question.options.forEach((o, i) => {
    if (length(o.text) > answerLength) {
      reasons.push(
        `answer ${i + 1} is ${length(o.text)} characters: Kahoot allows at most ${answerLength}`,
      );
    }
  });
  return reasons;
}

/**
 * CSV in the columns of Kahoot's spreadsheet template, one row per question that fits; every
 * other question is listed in `skipped` with all the reasons it does not fit. The text starts
 * with a byte order mark so spreadsheet programs read it as UTF-8, and uses CRLF line ends.
 */
export function toCsv(set: ExportSet, options: KahootOptions = {}): KahootExport {
  const timeLimit = options.timeLimit ?? 20;
  if (!(KAHOOT_LIMITS.timeLimits as readonly number[]).includes(timeLimit)) {
    throw new RangeError(`Kahoot time limits are ${KAHOOT_LIMITS.timeLimits.join(', ')} seconds`);
  }
  const rows: string[][] = [[...KAHOOT_COLUMNS]];
  const skipped: KahootSkip[] = [];
  for (const question of set.questions) {
    const reasons = misfits(question);
    if (reasons.length > 0) {
      skipped.push({ id: question.id, prompt: question.prompt, reason: reasons.join('; ') });
      continue;
    }
    const answers = question.options.map((o) => o.text.trim());
    const correct = question.options.flatMap((o, i) => (o.correct ? [i + 1] : []));
    rows.push([
      question.prompt.trim(),
      ...Array.from({ length: KAHOOT_LIMITS.answers }, (_, i) => answers[i] ?? ''),
      String(timeLimit),
      correct.join(','),
    ]);
  }
  return { csv: stringify(rows, { bom: true, record_delimiter: 'windows' }), skipped };
}
