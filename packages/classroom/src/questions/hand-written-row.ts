import type { Db } from '@attest/db';
import { loadLinkedClaims } from './claim-links.ts';
import { checkQuestionInput, type QuestionInput } from './question-input.ts';
import { type RivalOptions, rivalsOf } from './rivals.ts';

/**
 * What a hand-written question stores, new or rewritten: its content checked (BAD_USER_INPUT
 * naming every problem), its claims' evidence snapshotted and its rival names made from `kb`.
 */
export async function handWrittenRow(prisma: Db, input: QuestionInput, options: RivalOptions) {
  const question = checkQuestionInput(input);
  const { links, evidence } = await loadLinkedClaims(prisma, question.claimIds);
  return {
    question,
    data: {
      type: question.type,
      prompt: question.prompt,
      options: question.options,
      acceptedAnswers: question.acceptedAnswers,
      rivalAnswers: rivalsOf(question, options),
      explanation: question.explanation,
      evidence,
      claims: { create: links },
    },
  };
}
