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

/** The verdict on one answer, with what backs it. */
export interface Verdict {
  correct: boolean;
  score: number;
  answer: string;
  correctOptionIds: string[];
  explanation: string;
  evidence: EvidenceQuote[];
}

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
    correct score answer explanation
    correctOptions { id }
    evidence { quote start end sourceTitle publisher source { id } }
  }
}`;

export interface CheckAnswerData {
  checkAnswer: {
    correct: boolean | null;
    score: number | null;
    answer: string | null;
    explanation: string | null;
    correctOptions: { id: string | null }[] | null;
    evidence: EvidenceQuote[] | null;
  } | null;
}

export function verdictFrom(data: CheckAnswerData): Verdict {
  const r = data.checkAnswer;
  return {
    correct: r?.correct ?? false,
    score: r?.score ?? 0,
    answer: r?.answer ?? '',
    correctOptionIds: (r?.correctOptions ?? []).flatMap((o) => (o.id ? [o.id] : [])),
    explanation: r?.explanation ?? '',
    evidence: r?.evidence ?? [],
  };
}
