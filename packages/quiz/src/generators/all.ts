import type { QuestionType } from '../types.ts';
import type { Generator } from './context.ts';
import { fillInQuestions } from './fill-in.ts';
import { listQuestions } from './lists.ts';
import { membershipQuestions } from './memberships.ts';
import { singleChoiceQuestions } from './single-choice.ts';
import { sourcesDisagreeQuestions } from './sources-disagree.ts';
import { trueFalseQuestions } from './true-false.ts';
import { whoSaidQuestions } from './who-said.ts';

/** The generator of each question type. */
export const GENERATORS: Record<QuestionType, Generator> = {
  SINGLE_CHOICE: singleChoiceQuestions,
  MULTI_SELECT: (context) => [...membershipQuestions(context), ...listQuestions(context)],
  TRUE_FALSE: trueFalseQuestions,
  WHO_SAID: whoSaidQuestions,
  FILL_IN: fillInQuestions,
  SOURCES_DISAGREE: sourcesDisagreeQuestions,
};
