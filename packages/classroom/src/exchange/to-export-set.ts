import type { QuestionSet, SetQuestion } from '@attest/db';
import type { ExportQuestion, ExportSet } from '@attest/exchange';
import { readEvidence, readOptions, selectsMany } from '../questions/stored.ts';

/** A stored question in the shape the exchange formats take; its stable ID is the export ID. */
export function toExportQuestion(q: SetQuestion): ExportQuestion {
  const options = readOptions(q.options);
  return {
    id: q.stableId,
    type: q.type,
    prompt: q.prompt,
    options: options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
    selectMany: selectsMany({ type: q.type, options }),
    acceptedAnswers: q.acceptedAnswers,
    explanation: q.explanation,
    evidence: readEvidence(q.evidence).map((e) => ({
      quote: e.quote,
      sourceTitle: e.sourceTitle,
      publisher: e.publisher,
    })),
  };
}

export const toExportSet = (
  set: Pick<QuestionSet, 'title' | 'description'>,
  questions: readonly SetQuestion[],
): ExportSet => ({
  title: set.title,
  description: set.description || undefined,
  questions: questions.map(toExportQuestion),
});
