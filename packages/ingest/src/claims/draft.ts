import type { ClaimValue } from '@attest/knowledge';
import type { Entity } from '../actors.ts';
import type { DraftClaim } from '../types.ts';

/** A claim before offsets become code points: evidence in UTF-16 offsets, actors as entities. */
export interface ClaimDraft {
  subject: Entity;
  predicateId: string;
  object: Entity | null;
  value: ClaimValue | null;
  statement: string;
  modality: DraftClaim['modality'];
  speaker: Entity | null;
  evidence: { start: number; end: number };
  confidence: number;
}

export const textValue = (text: string): ClaimValue => ({ kind: 'text', text });

/** "the President" → "the President"; "French President" → "the French President". */
export function withArticle(phrase: string): string {
  return /^(the|a|an|former)\b/i.test(phrase) ? phrase : `the ${phrase}`;
}
