import type { Claim } from '@attest/knowledge';
import type { QuizIndex } from '../kb-index.ts';
import type { Question } from '../types.ts';

export interface GeneratorContext {
  index: QuizIndex;
  seed: string;
  includeOffTopic: boolean;
  /**
   * Whether questions from these claims can pass the caller's filters; checked before the
   * costly part (choosing distractors). `sourceId` narrows the evidence to one source.
   */
  wanted: (claims: readonly Claim[], sourceId?: string | null) => boolean;
}

export type Generator = (context: GeneratorContext) => Question[];

/** The actors a claim is about: subject, object, speaker. */
export function castOf(claims: readonly Claim[]): string[] {
  const cast = new Set<string>();
  for (const c of claims) {
    cast.add(c.subjectId);
    if (c.objectId !== null) cast.add(c.objectId);
    if (c.speakerId !== null) cast.add(c.speakerId);
  }
  return [...cast];
}
