import type { ExportOption, ExportQuestion } from './types.ts';
import { MAX_RIGHT_OPTIONS } from './weights.ts';

/** How a question is written in Moodle's formats. */
export type MoodleForm = 'truefalse' | 'single' | 'multi' | 'shortanswer';

/** The quiz writes true/false questions as a statement with the options "True" and "False". */
export function trueFalseAnswer(options: readonly ExportOption[]): boolean | null {
  const [first, second] = options;
  if (options.length !== 2 || !first || !second || first.correct === second.correct) return null;
  const texts = options.map((o) => o.text.trim().toLowerCase()).sort();
  if (texts[0] !== 'false' || texts[1] !== 'true') return null;
  return (
    options
      .find((o) => o.correct)
      ?.text.trim()
      .toLowerCase() === 'true'
  );
}

export function moodleForm(question: ExportQuestion): MoodleForm {
  if (question.type === 'FILL_IN') return 'shortanswer';
  if (question.type === 'TRUE_FALSE' && trueFalseAnswer(question.options) !== null) {
    return 'truefalse';
  }
  // Sources-disagree questions can be select-many too: the flag decides, not the type.
  return question.selectMany ? 'multi' : 'single';
}

/** Why a question cannot be written as a Moodle question, if it cannot. */
export function exportProblems(question: ExportQuestion): string[] {
  const problems: string[] = [];
  if (question.prompt.trim() === '') problems.push('the prompt is empty');
  const form = moodleForm(question);
  if (form === 'shortanswer') {
    if (!question.acceptedAnswers.some((a) => a.trim() !== '')) {
      problems.push('a fill-in question needs at least one accepted answer');
    }
    return problems;
  }
  const right = question.options.filter((o) => o.correct).length;
  if (question.options.length < 2) problems.push('a choice question needs at least 2 options');
  if (right === 0) problems.push('no option is marked right');
  if (form === 'single' && right > 1) {
    problems.push(`${right} options are right but the question is not select-many`);
  }
  if (form === 'multi' && right > MAX_RIGHT_OPTIONS) {
    problems.push(`${right} right options: Moodle's weights fit at most ${MAX_RIGHT_OPTIONS}`);
  }
  return problems;
}

/** Thrown by toGift and toMoodleXml for a set holding questions Moodle cannot take. */
export class ExportError extends Error {
  constructor(readonly problems: { id: string; problem: string }[]) {
    super(`Cannot export: ${problems.map((p) => `${p.id}: ${p.problem}`).join('; ')}`);
    this.name = 'ExportError';
  }
}

export function assertExportable(questions: readonly ExportQuestion[]): void {
  const problems = questions.flatMap((q) =>
    exportProblems(q).map((problem) => ({ id: q.id, problem })),
  );
  if (problems.length > 0) throw new ExportError(problems);
}
