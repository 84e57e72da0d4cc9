import { graphql, type ResultOf } from './graphql.ts';

/** A question as the learner sees it: no marks of which option is right. */
export interface LearnerQuestion {
  id: string;
  type: string;
  prompt: string;
  selectMany: boolean;
  options: { id: string; text: string }[];
}

/** A question the schema sends (generated, or in an attempt), as the learner is asked it. */
export const learnerQuestion = (q: {
  id: string;
  type: string | null;
  prompt: string | null;
  selectMany: boolean | null;
  options: readonly { id: string | null; text: string | null }[] | null | undefined;
}): LearnerQuestion => ({
  id: q.id,
  type: q.type ?? '',
  prompt: q.prompt ?? '',
  selectMany: q.selectMany ?? false,
  // The schema leaves option IDs and texts nullable; they are always set.
  options: (q.options ?? []).map((o) => ({ id: o.id ?? '', text: o.text ?? '' })),
});

/** A generated question as the learner is asked it; none when the API sent no question. */
export const askable = (
  q: (Omit<Parameters<typeof learnerQuestion>[0], 'id'> & { id: string | null }) | null,
): LearnerQuestion[] => (q?.id ? [learnerQuestion({ ...q, id: q.id })] : []);

/** A quote behind an answer, and where it sits in its source. */
export const EvidenceFields = graphql(`
  fragment EvidenceFields on QuestionEvidence {
    quote start end sourceTitle publisher source { id }
  }
`);

export type EvidenceQuote = ResultOf<typeof EvidenceFields>;

/**
 * The verdict on one answer, with what backs it: the schema's AnswerMarking, the one shape of a
 * marked answer, the quick quiz's (checkAnswer) and a set's (an attempt's results) alike. Credit
 * runs 0–1 (select-many questions earn partial credit); `almost` is the right spelling a typed
 * slip was credited as.
 */
export const VerdictFields = graphql(
  `
  fragment VerdictFields on AnswerMarking {
    correct credit almost correctAnswer correctOptionIds explanation
    evidence { ...EvidenceFields }
  }
`,
  [EvidenceFields],
);

export type Verdict = ResultOf<typeof VerdictFields>;

/** A learner's answer in AnswerInput's names (what is sent), with its verdict once known. */
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
export function passageHref(evidence: {
  start: number | null;
  end: number | null;
  source?: { id: string } | null;
}): string | undefined {
  if (!evidence.source?.id) return undefined;
  return `/sources/${encodeURIComponent(evidence.source.id)}?at=${evidence.start}-${evidence.end}#passage`;
}

export const CheckAnswer = graphql(
  `
  query Check($id: ID!, $answer: AnswerInput!, $seed: String, $collection: ID) {
    checkAnswer(questionId: $id, answer: $answer, seed: $seed, collection: $collection) {
      ...VerdictFields
    }
  }
`,
  [VerdictFields],
);
