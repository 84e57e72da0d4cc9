import { mean, pearson } from './correlation.ts';

/** How one finished attempt went on one question: blank answers have credit null. */
export interface ItemResponse {
  credit: number | null;
  chosenOptionIds: readonly string[];
  /** The attempt's whole score, this question included. */
  attemptScore: number;
}

export interface OptionShare {
  optionId: string;
  text: string;
  correct: boolean;
  count: number;
  /** count / answerCount (0 when nobody answered). */
  share: number;
}

export interface QuestionStatistics {
  answerCount: number;
  facilityIndex: number | null;
  discriminationIndex: number | null;
  options: OptionShare[];
}

/**
 * Moodle's item statistics over the finished attempts that asked the question (a blank counts
 * as credit 0, as in the score):
 * - facility index: the mean credit, 0 (nobody right) to 1 (everybody right);
 * - discrimination index: Pearson's r between the item's credit and the rest of the test (the
 *   attempt's score minus this item), −1 to 1; null for fewer than two attempts or no variance;
 * - per option: how many picked it, and their share of the answers.
 */
export function questionStatistics(
  options: readonly { id: string; text: string; correct: boolean }[],
  responses: readonly ItemResponse[],
): QuestionStatistics {
  const marks = responses.map((r) => r.credit ?? 0);
  const rest = responses.map((r, i) => r.attemptScore - (marks[i] as number));
  const answerCount = responses.length;
  return {
    answerCount,
    facilityIndex: mean(marks),
    discriminationIndex: pearson(marks, rest),
    options: options.map((o) => {
      const count = responses.filter((r) => r.chosenOptionIds.includes(o.id)).length;
      return {
        optionId: o.id,
        text: o.text,
        correct: o.correct,
        count,
        share: answerCount === 0 ? 0 : count / answerCount,
      };
    }),
  };
}
