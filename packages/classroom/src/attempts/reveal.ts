import type { FeedbackTiming } from '@attest/db';

/**
 * Whether the learner may see a question's answer, credit, explanation and evidence, by the
 * feedback timing the attempt began with: once answered (AFTER_EACH_QUESTION), once the attempt
 * is finished (AT_END), once the set's close date has passed (AFTER_CLOSE; its current date, so
 * an instructor who extends it delays the reveal too), or never (NEVER; the owner still sees all).
 */
export const isRevealed = (
  attempt: {
    status: 'IN_PROGRESS' | 'FINISHED';
    feedback: FeedbackTiming;
    set: { closesAt: Date | null };
  },
  question: { answeredAt: Date | null },
  now: Date = new Date(),
): boolean => {
  switch (attempt.feedback) {
    case 'AFTER_EACH_QUESTION':
      return attempt.status === 'FINISHED' || question.answeredAt !== null;
    case 'AT_END':
      return attempt.status === 'FINISHED';
    case 'AFTER_CLOSE':
      return attempt.set.closesAt !== null && now >= attempt.set.closesAt;
    default:
      return false;
  }
};
