import { type LearnerQuestion, type Response, VERDICT_FIELDS, type Verdict } from './quiz.ts';
import type { Feedback } from './rules.ts';

/** An answer's marking (the quick quiz's Verdict) with the learner's own answer. */
export interface AttemptResult extends Verdict {
  chosenOptionIds: string[];
  text: string | null;
}

export interface AttemptQuestion {
  id: string;
  position: number;
  type: string;
  prompt: string;
  options: { id: string; text: string }[];
  answered: boolean;
  result: AttemptResult | null;
}

export interface Attempt {
  id: string;
  token: string;
  status: 'IN_PROGRESS' | 'FINISHED';
  answeredCount: number;
  score: number | null;
  maxScore: number;
  deadline: string | null;
  set: { slug: string; title: string; feedback: Feedback; closesAt: string | null };
  questions: AttemptQuestion[];
}

export const ATTEMPT_FIELDS = `id token status answeredCount score maxScore deadline
  set { slug title feedback closesAt }
  questions { id position type prompt options { id text } answered
    result { chosenOptionIds text ${VERDICT_FIELDS} } }`;

export function learnerQuestion(q: AttemptQuestion): LearnerQuestion {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    selectMany: q.type === 'MULTI_SELECT',
    options: q.options,
  };
}

export function responseOf(q: AttemptQuestion): Response | undefined {
  if (!q.answered) return undefined;
  return {
    optionIds: q.result?.chosenOptionIds ?? [],
    text: q.result?.text ?? '',
    verdict: q.result ?? undefined,
  };
}
