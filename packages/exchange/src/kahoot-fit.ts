import type { ExportQuestion, ExportSet, KahootChange, KahootSkip } from './types.ts';

/**
 * The headings of Kahoot's spreadsheet template (row 8, columns B–H; column A numbers the
 * questions), in its order.
 */
export const KAHOOT_COLUMNS = [
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one',
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

/** One question as a row of the template. */
export interface KahootRow {
  id: string;
  question: string;
  /** Always 4 cells; unused ones are empty. */
  answers: string[];
  timeLimit: KahootTimeLimit;
  /** 1-based indices of the right answers. */
  correct: number[];
}

export interface KahootPlan {
  rows: KahootRow[];
  skipped: KahootSkip[];
  changed: KahootChange[];
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
 * Which questions become rows of Kahoot's template, and which do not fit (with every reason).
 * A question with several right options still fits, but Kahoot counts any one of them picked as
 * right, so it is listed in `changed`.
 */
export function planKahoot(set: ExportSet, options: KahootOptions = {}): KahootPlan {
  const timeLimit = options.timeLimit ?? 20;
  if (!(KAHOOT_LIMITS.timeLimits as readonly number[]).includes(timeLimit)) {
    throw new RangeError(`Kahoot time limits are ${KAHOOT_LIMITS.timeLimits.join(', ')} seconds`);
  }
  const plan: KahootPlan = { rows: [], skipped: [], changed: [] };
  for (const question of set.questions) {
    const reasons = misfits(question);
    if (reasons.length > 0) {
      plan.skipped.push({ id: question.id, prompt: question.prompt, reason: reasons.join('; ') });
      continue;
    }
    const answers = question.options.map((o) => o.text.trim());
    const correct = question.options.flatMap((o, i) => (o.correct ? [i + 1] : []));
    if (correct.length > 1) {
      plan.changed.push({
        id: question.id,
        prompt: question.prompt,
        change: `${correct.length} right answers: Kahoot counts any one of them as right, not all together`,
      });
    }
    plan.rows.push({
      id: question.id,
      question: question.prompt.trim(),
      answers: Array.from({ length: KAHOOT_LIMITS.answers }, (_, i) => answers[i] ?? ''),
      timeLimit,
      correct,
    });
  }
  return plan;
}
