import type { EvidenceRef } from '@attest/quiz';

/** An option as a set question stores it (SetQuestion.options). */
// Type aliases, not interfaces: Prisma's JSON input takes only types with an implicit index.
export type StoredOption = {
  id: string;
  text: string;
  correct: boolean;
};

/** A quote as a set question stores it (SetQuestion.evidence), as it was when added. */
export type StoredEvidence = { [K in keyof EvidenceRef]: EvidenceRef[K] };

/** The content of a question, whatever it came from: what validation and exports look at. */
export interface QuestionContent {
  type: string;
  prompt: string;
  options: StoredOption[];
  acceptedAnswers: string[];
}

// The JSON columns are only ever written by this package, so reading them is a cast.
export const readOptions = (json: unknown): StoredOption[] => (json ?? []) as StoredOption[];
export const readEvidence = (json: unknown): StoredEvidence[] => (json ?? []) as StoredEvidence[];

/** Several options may be right: multi-select, and sources-disagree with several right sources. */
export const selectsMany = (q: Pick<QuestionContent, 'type' | 'options'>): boolean =>
  q.type === 'MULTI_SELECT' || q.options.filter((o) => o.correct).length > 1;
