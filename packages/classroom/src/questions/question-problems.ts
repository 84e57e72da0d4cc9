import type { QuestionContent } from './stored.ts';

/** Types with exactly one right option. */
const ONE_RIGHT = new Set(['SINGLE_CHOICE', 'TRUE_FALSE', 'WHO_SAID']);

/** How option texts are compared: case and spacing do not make two options different. */
export const optionKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

const typeName = (type: string) => type.toLowerCase().replace('_', '-');

/**
 * Everything that makes a question unfit to put before a learner, in words an instructor can
 * act on; empty when it is fine. Hand-written questions are checked with it before they are
 * stored, and publishing checks every stored question again.
 */
export function questionProblems(q: QuestionContent): string[] {
  const problems: string[] = [];
  if (q.prompt.trim() === '') problems.push('the prompt is empty');
  if (q.type === 'FILL_IN') {
    if (q.options.length > 0) {
      problems.push('a fill-in question takes accepted answers, not options');
    }
    if (!q.acceptedAnswers.some((a) => a.trim() !== '')) {
      problems.push('a fill-in question needs at least one accepted answer');
    }
    return problems;
  }
  if (q.acceptedAnswers.length > 0) {
    problems.push(`a ${typeName(q.type)} question takes options, not accepted answers`);
  }
  if (q.options.length < 2) problems.push('a choice question needs at least 2 options');
  if (q.type === 'TRUE_FALSE' && q.options.length > 2) {
    problems.push('a true-false question has exactly 2 options');
  }
  if (q.options.some((o) => o.text.trim() === '')) problems.push('an option is empty');
  const right = q.options.filter((o) => o.correct).length;
  if (right === 0) problems.push('no option is marked correct');
  if (right > 1 && ONE_RIGHT.has(q.type)) {
    problems.push(`${right} options are marked correct; a ${typeName(q.type)} question has one`);
  }
  const seen = new Map<string, string>();
  for (const option of q.options) {
    const key = optionKey(option.text);
    if (key === '') continue;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(`the options “${first}” and “${option.text}” are the same`);
    else seen.set(key, option.text);
  }
  return problems;
}
