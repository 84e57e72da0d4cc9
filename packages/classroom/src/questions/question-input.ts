import { AttestError } from '@attest/errors';
import { digest } from '@attest/quiz';
import { z } from 'zod';
import { parseInput } from '../validate.ts';
import { optionKey, questionProblems } from './question-problems.ts';
import type { QuestionContent, StoredOption } from './stored.ts';

/** The types an instructor writes by hand (sources-disagree questions come from the engine). */
export const HAND_WRITTEN_TYPES = [
  'SINGLE_CHOICE',
  'MULTI_SELECT',
  'TRUE_FALSE',
  'WHO_SAID',
  'FILL_IN',
] as const;

const text = (what: string, max: number) =>
  z.string().trim().max(max, `${what} is longer than ${max} characters.`);

export const questionInputSchema = z.object({
  type: z.enum(HAND_WRITTEN_TYPES, {
    error: `The type must be one of ${HAND_WRITTEN_TYPES.join(', ')}.`,
  }),
  prompt: text('The prompt', 1000),
  options: z
    .array(z.object({ text: text('An option', 300), correct: z.boolean() }))
    .max(20, 'A question has at most 20 options.')
    .optional(),
  acceptedAnswers: z
    .array(text('An accepted answer', 300))
    .max(20, 'A question has at most 20 accepted answers.')
    .optional(),
  explanation: text('The explanation', 4000).optional(),
  claimIds: z.array(z.string()).max(20, 'Link at most 20 claims.').optional(),
});

export type QuestionInput = z.input<typeof questionInputSchema>;

export interface CheckedQuestion extends QuestionContent {
  type: (typeof HAND_WRITTEN_TYPES)[number];
  explanation: string;
  claimIds: string[];
}

/** An option's ID follows its text, so editing other options keeps it (and its statistics). */
export const optionId = (text: string): string => `o${digest(optionKey(text)).slice(-8)}`;

/** A hand-written question, validated: clear BAD_USER_INPUT naming every problem. */
export function checkQuestionInput(input: QuestionInput): CheckedQuestion {
  const parsed = parseInput(questionInputSchema, input);
  const options: StoredOption[] = (parsed.options ?? []).map((o) => ({
    id: optionId(o.text),
    text: o.text,
    correct: o.correct,
  }));
  const question: CheckedQuestion = {
    type: parsed.type,
    prompt: parsed.prompt,
    options,
    acceptedAnswers: (parsed.acceptedAnswers ?? []).filter((a) => a !== ''),
    explanation: parsed.explanation ?? '',
    claimIds: [...new Set(parsed.claimIds ?? [])],
  };
  const problems = questionProblems({ ...question, acceptedAnswers: parsed.acceptedAnswers ?? [] });
  if (problems.length > 0) {
    throw new AttestError(
      'BAD_USER_INPUT',
      `This question cannot be used: ${problems.join('; ')}.`,
    );
  }
  return question;
}

/** The stable ID of a hand-written question: a digest of its content when first written. */
export function contentStableId(q: QuestionContent): string {
  const answers = q.type === 'FILL_IN' ? q.acceptedAnswers : q.options.map((o) => o.text);
  return `h${digest([q.type, q.prompt, ...answers].join('\n'))}`;
}
