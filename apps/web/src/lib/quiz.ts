/** A question as the learner sees it: no marks of which option is right. */
export interface LearnerQuestion {
  id: string;
  type: string;
  prompt: string;
  selectMany: boolean;
  options: { id: string; text: string }[];
}

export interface EvidenceQuote {
  quote: string;
  start: number;
  end: number;
  sourceTitle?: string | null;
  publisher?: string | null;
  source?: { id: string; title?: string | null } | null;
}

/**
 * The verdict on one answer, with what backs it: the schema's AnswerMarking, the one shape of a
 * marked answer, the quick quiz's (checkAnswer) and a set's (an attempt's results) alike.
 */
export interface Verdict {
  correct: boolean;
  /** 0–1; select-many questions earn partial credit. */
  credit: number;
  /** A typed name credited as a slip of this right spelling; null otherwise. */
  almost: string | null;
  correctAnswer: string;
  correctOptionIds: string[];
  explanation: string;
  evidence: EvidenceQuote[];
}

/** The fields of a Verdict, to select on any AnswerMarking. */
export const VERDICT_FIELDS = `correct credit almost correctAnswer correctOptionIds explanation
  evidence { quote start end sourceTitle publisher source { id } }`;

export interface Response {
  optionIds: string[];
  text: string;
  verdict?: Verdict;
}

export const typeLabels: Record<string, string> = {
  SINGLE_CHOICE: 'Multiple choice',
  MULTI_SELECT: 'Choose all that apply',
  TRUE_FALSE: 'True or false',
  WHO_SAID: 'Who said it?',
  SOURCES_DISAGREE: 'Sources disagree',
  FILL_IN: 'Type the answer',
};

/** Where a quote sits in its source: the source page, scrolled to the highlighted passage. */
export function passageHref(evidence: EvidenceQuote): string | undefined {
  if (!evidence.source?.id) return undefined;
  return `/sources/${encodeURIComponent(evidence.source.id)}?at=${evidence.start}-${evidence.end}#passage`;
}

export const CHECK_ANSWER = `query Check($id: ID!, $answer: AnswerInput!, $seed: String, $collection: ID) {
  checkAnswer(questionId: $id, answer: $answer, seed: $seed, collection: $collection) {
    ${VERDICT_FIELDS}
  }
}`;

export interface CheckAnswerData {
  checkAnswer: Verdict;
}
