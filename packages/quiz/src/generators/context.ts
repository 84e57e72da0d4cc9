import type { Claim } from '@attest/knowledge';
import { collectFacts, type Fact } from '../facts.ts';
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

/** The one source a fact is framed by ("According to …"), or null when it is plain. */
export const framingSourceId = (fact: Fact): string | null =>
  fact.framing.kind === 'SOURCE' ? fact.framing.sourceId : null;

/** The facts whose questions can pass the caller's filters (shared by the template generators). */
export function* wantedFacts(context: GeneratorContext): Iterable<Fact> {
  for (const fact of collectFacts(context.index, context.includeOffTopic)) {
    if (context.wanted(fact.claims, framingSourceId(fact))) yield fact;
  }
}
