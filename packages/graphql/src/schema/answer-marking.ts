import type { EvidenceRef, Question, AnswerResult as QuizAnswerResult } from '@attest/quiz';
import { builder } from '../builder.ts';
import { QuestionEvidence, QuestionOptionRef } from './quiz.ts';

/** What every marked answer carries, whichever question it answered. */
export interface MarkingValue {
  correct: boolean;
  credit: number;
  almost: string | null;
  correctOptionIds: string[];
  correctAnswer: string;
  explanation: string;
  evidence: EvidenceRef[];
}

/**
 * The one shape of a marked answer: the quick quiz's `checkAnswer` (AnswerResult) and a set's
 * attempts (AttemptAnswerResult) both implement it, marked by the quiz engine's one rule.
 */
export const AnswerMarking = builder.interfaceRef<MarkingValue>('AnswerMarking').implement({
  description:
    'How an answer was marked, with the right answer and its evidence. Credit runs from 0 to 1: fill-in answers match an accepted answer forgiving case, diacritics, punctuation and spacing; where several options are right (multi-select), credit = max(0, (right picks − wrong picks) / right options), so ticking every option earns 0; everything else earns 1 or 0.',
  resolveType: (value) => ('item' in value ? 'AttemptAnswerResult' : 'AnswerResult'),
  fields: (t) => ({
    correct: t.exposeBoolean('correct', { description: 'Whether it earned full credit.' }),
    credit: t.exposeFloat('credit', { description: '0 to 1 (0 when unanswered).' }),
    almost: t.exposeString('almost', {
      nullable: true,
      description:
        'A typed answer one or two letters off a right name ("Stoltenburg"), credited: the right spelling. Null otherwise; in a set, always null unless the set accepts near misses (acceptNearMisses).',
    }),
    correctOptionIds: t.exposeStringList('correctOptionIds', {
      description: 'The right options; empty for fill-in.',
    }),
    correctAnswer: t.exposeString('correctAnswer', {
      description: 'The right answer in words.',
    }),
    explanation: t.exposeString('explanation', {
      description: 'Why the answer is right; empty if none.',
    }),
    evidence: t.expose('evidence', {
      type: [QuestionEvidence],
      description: 'The quotes behind the question.',
    }),
  }),
});

type CheckedValue = QuizAnswerResult & MarkingValue & { question: Question };

/** The engine's verdict on an answer to a generated question, in the schema's marking shape. */
export const checkedValue = (result: QuizAnswerResult, question: Question): CheckedValue => ({
  ...result,
  credit: result.score,
  correctAnswer: result.answer,
  question,
});

export const AnswerResult = builder.objectRef<CheckedValue>('AnswerResult').implement({
  description: 'The verdict on an answer to a generated question, with the right answer.',
  interfaces: [AnswerMarking],
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description: '0–1; select-many questions earn partial credit.',
      deprecationReason: 'Use credit, as on every marked answer (AnswerMarking).',
    }),
    correctOptions: t.field({
      type: [QuestionOptionRef],
      description: 'The right options; empty for fill-in.',
      resolve: (r) => r.question.options.filter((o) => r.correctOptionIds.includes(o.id)),
    }),
    acceptedAnswers: t.exposeStringList('acceptedAnswers', {
      description: 'Typed answers that count (fill-in); empty otherwise.',
    }),
    answer: t.exposeString('answer', {
      description: 'The right answer in words.',
      deprecationReason: 'Use correctAnswer, as on every marked answer (AnswerMarking).',
    }),
  }),
});
