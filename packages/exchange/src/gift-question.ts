import type { QuestionType } from '@attest/quiz';
import type { GIFTQuestion, MultipleChoice, ShortAnswer, TextFormat, TrueFalse } from 'gift-pegjs';
import { listInWords, sameTextKey } from './normalize.ts';
import { typeFromTags } from './type-tag.ts';
import type { AnswerFeedback } from './types.ts';

/** A GIFT question as a quiz question, before it gets its ids. */
export interface QuestionDraft {
  type: QuestionType;
  prompt: string;
  options: { text: string; correct: boolean; feedback?: string }[];
  selectMany: boolean;
  acceptedAnswers: string[];
  answer: string;
  explanation: string;
  feedback?: AnswerFeedback;
}

export type DraftResult =
  | { draft: QuestionDraft; warnings: string[] }
  | { reason: string; draft?: undefined };

type Answerable = MultipleChoice | ShortAnswer | TrueFalse;

const UNSUPPORTED: Record<Exclude<GIFTQuestion, Answerable>['type'], string> = {
  Category: 'a category, not a question',
  Essay: 'essay question: the quiz has no free-text answers',
  Matching: 'matching question: the quiz has no matching type',
  Numerical: 'numerical question: the quiz has no numeric answers',
  Description: 'description (text with no answers): not a question',
};

const text = (t: TextFormat | null | undefined): string => t?.text.trim() ?? '';

/** Maps one parsed question to a quiz question, or says why it cannot be one. */
export function draftFromGift(parsed: GIFTQuestion): DraftResult {
  switch (parsed.type) {
    case 'MC':
      return finish(parsed, multipleChoice(parsed));
    case 'Short':
      return finish(parsed, shortAnswer(parsed));
    case 'TF':
      return finish(parsed, trueFalse(parsed));
    default:
      return { reason: UNSUPPORTED[parsed.type] };
  }
}

/** Adds what every type shares: prompt, general feedback, the type a tag restores. */
function finish(question: Answerable, result: DraftResult): DraftResult {
  if (!result.draft) return result;
  const prompt = text(question.stem);
  if (prompt === '') return { reason: 'no question text' };
  const draft = { ...result.draft, prompt, explanation: text(question.globalFeedback) };
  const warnings = [...result.warnings, ...formatWarnings(question)];
  if (question.hasEmbeddedAnswers) warnings.push('missing-word question: the gap shows as _____');
  const tagged = typeFromTags(question.tags);
  if (tagged && tagged !== draft.type) {
    if (TAG_FITS[draft.type]?.includes(tagged)) {
      draft.type = tagged;
    } else {
      warnings.push(`tag says ${tagged} but the answers make it ${draft.type}; kept ${draft.type}`);
    }
  }
  return { draft, warnings };
}

/** Types a tag may restore: the same shape of answers, only named differently by the quiz. */
const TAG_FITS: Partial<Record<QuestionType, QuestionType[]>> = {
  SINGLE_CHOICE: ['WHO_SAID', 'SOURCES_DISAGREE'],
  MULTI_SELECT: ['SOURCES_DISAGREE'],
};

function formatWarnings(question: Answerable): string[] {
  const format = question.stem.format;
  if (format !== 'html' && format !== 'markdown') return [];
  return [`text is ${format}: kept as written, markup included`];
}

function multipleChoice(question: MultipleChoice): DraftResult {
  const choices = question.choices.map((c) => ({
    text: text(c.text),
    // An "=" answer without a weight is worth 100 %, a "~" answer 0 %.
    weight: c.weight ?? (c.isCorrect ? 100 : 0),
    feedback: text(c.feedback) || undefined,
    marked: c.isCorrect,
  }));
  if (choices.length < 2) return { reason: 'multiple choice with fewer than 2 answers' };
  if (choices.some((c) => c.text === '')) return { reason: 'an answer is empty' };
  const keys = choices.map((c) => sameTextKey(c.text));
  const duplicate = choices.find((_, i) => keys.indexOf(keys[i] as string) !== i);
  if (duplicate) return { reason: `duplicate answer "${duplicate.text}"` };
  const right = choices.filter((c) => c.weight > 0);
  if (right.length === 0) {
    return { reason: 'no right answer: no answer starts with = or has a positive weight' };
  }
  const selectMany = right.length > 1 || right.some((c) => c.weight < 100);
  const warnings: string[] = [];
  if (selectMany && choices.filter((c) => c.marked).length > 1) {
    warnings.push(
      'several answers marked "=" (in Moodle any one of them is right): imported as select-many, where all must be picked',
    );
  }
  const weights = right.map((c) => c.weight);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const even = Math.max(...weights) - Math.min(...weights) < 0.01 && Math.abs(total - 100) < 0.1;
  const onlyEquals = right.every((c) => c.marked && c.weight === 100);
  if (selectMany && !even && !onlyEquals) {
    warnings.push(
      `weights ${weights.map((w) => `${w} %`).join(', ')} flattened: every answer with a positive weight counts as right`,
    );
  }
  return {
    draft: {
      type: selectMany ? 'MULTI_SELECT' : 'SINGLE_CHOICE',
      prompt: '',
      options: choices.map((c) => ({ text: c.text, correct: c.weight > 0, feedback: c.feedback })),
      selectMany,
      acceptedAnswers: [],
      answer: listInWords(right.map((c) => c.text)),
      explanation: '',
    },
    warnings,
  };
}

function trueFalse(question: TrueFalse): DraftResult {
  // gift-pegjs names the two feedback slots true/false; Moodle shows the first after a wrong
  // answer and the second after a right one, and so do we.
  const wrongFeedback = text(question.trueFeedback) || undefined;
  const rightFeedback = text(question.falseFeedback) || undefined;
  const option = (saysTrue: boolean) => {
    const correct = saysTrue === question.isTrue;
    return {
      text: saysTrue ? 'True' : 'False',
      correct,
      feedback: correct ? rightFeedback : wrongFeedback,
    };
  };
  return {
    draft: {
      type: 'TRUE_FALSE',
      prompt: '',
      options: [option(true), option(false)],
      selectMany: false,
      acceptedAnswers: [],
      answer: question.isTrue ? 'True' : 'False',
      explanation: '',
    },
    warnings: [],
  };
}

function shortAnswer(question: ShortAnswer): DraftResult {
  const warnings: string[] = [];
  const accepted: string[] = [];
  let rightFeedback: string | undefined;
  let wrongFeedback: string | undefined;
  for (const choice of question.choices) {
    const answer = text(choice.text);
    const weight = choice.weight ?? 100;
    const feedback = text(choice.feedback) || undefined;
    if (answer === '*') {
      if (weight > 0) return { reason: 'accepts any typed answer ("*")' };
      // Moodle's catch-all for every other answer: its feedback is the wrong-answer feedback.
      wrongFeedback = feedback;
    } else if (weight <= 0) {
      warnings.push(
        `answer "${answer}" worth ${weight} % left out: the quiz keeps only right answers`,
      );
    } else {
      if (weight < 100) {
        warnings.push(`answer "${answer}" worth ${weight} % accepted as fully right`);
      }
      if (answer !== '' && !accepted.some((a) => sameTextKey(a) === sameTextKey(answer))) {
        accepted.push(answer);
      }
      rightFeedback ??= feedback;
    }
  }
  const [first] = accepted;
  if (first === undefined) return { reason: 'no right answer to accept' };
  const feedback =
    rightFeedback || wrongFeedback ? { right: rightFeedback, wrong: wrongFeedback } : undefined;
  return {
    draft: {
      type: 'FILL_IN',
      prompt: '',
      options: [],
      selectMany: false,
      acceptedAnswers: accepted,
      answer: first,
      explanation: '',
      feedback,
    },
    warnings,
  };
}
