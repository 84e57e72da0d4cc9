import type { Difficulty, DifficultySignals, QuestionType } from './types.ts';

/** How hard each format is before any content: recognising beats recalling. */
export const FORMAT_DIFFICULTY: Record<QuestionType, number> = {
  TRUE_FALSE: 0.1,
  SINGLE_CHOICE: 0.35,
  WHO_SAID: 0.5,
  MULTI_SELECT: 0.6,
  SOURCES_DISAGREE: 0.7,
  FILL_IN: 0.85,
};

/**
 * A weighted blend (see README): format 35%, rarity of reporting 25% (one source is hard,
 * three or more easy), obscurity of the answer 20% (few claims mention it), similarity of the
 * distractors 20%.
 */
export function estimateDifficulty(
  signals: Omit<DifficultySignals, 'format'>,
  type: QuestionType,
): Difficulty {
  const format = FORMAT_DIFFICULTY[type];
  const reported = Math.min(Math.max(signals.corroboration - 1, 0) / 2, 1);
  const known = Math.min(Math.log2(1 + signals.prominence) / Math.log2(1 + 8), 1);
  const raw =
    0.35 * format + 0.25 * (1 - reported) + 0.2 * (1 - known) + 0.2 * signals.distractorSimilarity;
  const score = Math.round(raw * 100) / 100;
  return {
    score,
    level: score < 0.4 ? 'EASY' : score < 0.6 ? 'MEDIUM' : 'HARD',
    signals: {
      corroboration: signals.corroboration,
      prominence: signals.prominence,
      distractorSimilarity: signals.distractorSimilarity,
      format,
    },
  };
}
