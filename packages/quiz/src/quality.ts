import { mentions, nameKey, searchable } from './names.ts';
import type { Question, QuestionType } from './types.ts';

/** How many options and right options each type must have, or it is not generated. */
export const OPTION_RULES: Record<
  QuestionType,
  { options: [number, number]; correct: [number, number] }
> = {
  SINGLE_CHOICE: { options: [4, 4], correct: [1, 1] },
  WHO_SAID: { options: [4, 4], correct: [1, 1] },
  TRUE_FALSE: { options: [2, 2], correct: [1, 1] },
  MULTI_SELECT: { options: [5, 7], correct: [2, 5] },
  SOURCES_DISAGREE: { options: [2, 5], correct: [1, 3] },
  FILL_IN: { options: [0, 0], correct: [0, 0] },
};

const within = (n: number, [min, max]: [number, number]) => n >= min && n <= max;

/**
 * Everything that makes a question unfit to show, as readable problems (empty when fit).
 * `answerKeys` are name keys of the right answers, which the prompt must not contain.
 */
export function qualityProblems(
  q: Question,
  answerKeys: readonly string[],
  promptSearch?: string,
): string[] {
  const problems: string[] = [];
  if (!/^[“"‘']?[A-Z0-9]/.test(q.prompt)) problems.push('prompt does not start with a capital');
  if (!/[?.]$/.test(q.prompt)) problems.push('prompt does not end with ? or .');
  if (/[{}]/.test(q.prompt) || q.options.some((o) => /[{}]/.test(o.text))) {
    problems.push('unfilled placeholder');
  }
  if (/\s{2,}| [,.?]/.test(q.prompt)) problems.push('stray spacing in prompt');
  const prompt = answerKeys.length > 0 ? (promptSearch ?? searchable(q.prompt)) : '';
  for (const key of answerKeys) {
    if (mentions(prompt, key)) problems.push(`prompt gives away the answer "${key}"`);
  }

  const rule = OPTION_RULES[q.type];
  const correct = q.options.filter((o) => o.correct).length;
  if (!within(q.options.length, rule.options)) problems.push(`${q.options.length} options`);
  if (!within(correct, rule.correct)) problems.push(`${correct} correct options`);
  if (q.options.length > 0 && correct === q.options.length) problems.push('no wrong option');
  const texts = new Set(q.options.map((o) => nameKey(o.text)));
  if (texts.size !== q.options.length) problems.push('two options read the same');
  if (new Set(q.options.map((o) => o.id)).size !== q.options.length)
    problems.push('option ids clash');
  if (q.type === 'FILL_IN' && q.acceptedAnswers.length === 0) problems.push('no accepted answer');

  if (q.evidence.length === 0) problems.push('no evidence');
  if (q.claimIds.length === 0) problems.push('no claims');
  return problems;
}
