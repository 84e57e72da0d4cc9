import type { QuestionType } from '@attest/quiz';

/**
 * Every quiz type, checked against the quiz's union. A type-only import keeps the quiz engine
 * (and the knowledge base reader behind it) out of this package's runtime.
 */
const QUESTION_TYPES: Record<QuestionType, true> = {
  SINGLE_CHOICE: true,
  MULTI_SELECT: true,
  TRUE_FALSE: true,
  WHO_SAID: true,
  FILL_IN: true,
  SOURCES_DISAGREE: true,
};

const PREFIX = 'attest-type:';

/**
 * A Moodle tag naming the quiz type: GIFT and Moodle both keep only "multiple choice", so without
 * it a who-said question would come back as single choice.
 */
export const typeTag = (type: QuestionType): string => `${PREFIX}${type}`;

export function typeFromTags(tags: readonly string[] | null | undefined): QuestionType | null {
  for (const tag of tags ?? []) {
    const name = tag.trim();
    if (!name.startsWith(PREFIX)) continue;
    const type = name.slice(PREFIX.length);
    if (type in QUESTION_TYPES) return type as QuestionType;
  }
  return null;
}
