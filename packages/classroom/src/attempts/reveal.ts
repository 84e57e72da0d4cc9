import type { FeedbackTiming } from '@attest/db';

/**
 * Whether the learner may see a question's answer, credit, explanation and evidence: once it is
 * answered when feedback comes after each question, once the attempt is finished otherwise.
 */
export const isRevealed = (
  attempt: { status: 'IN_PROGRESS' | 'FINISHED'; feedback: FeedbackTiming },
  question: { answeredAt: Date | null },
): boolean =>
  attempt.status === 'FINISHED' ||
  (attempt.feedback === 'AFTER_EACH_QUESTION' && question.answeredAt !== null);
