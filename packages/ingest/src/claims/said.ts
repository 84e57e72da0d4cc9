import type { FoundQuote } from '../quotes.ts';
import { type ClaimDraft, textValue } from './draft.ts';

/** A quote with a speaker: the speaker said it. Evidence spans the quote and its attribution. */
export function saidClaims(text: string, quotes: FoundQuote[]): ClaimDraft[] {
  return quotes.flatMap((q) => {
    if (!q.speaker) return [];
    const words = text.slice(q.run.start, q.run.end).replace(/[,.]$/, '');
    const attribution = q.attribution;
    return [
      {
        subject: q.speaker,
        predicateId: 'said',
        object: null,
        value: textValue(words),
        statement: `${q.speaker.name} said “${words}”.`,
        modality: 'QUOTE',
        speaker: q.speaker,
        evidence: {
          start: Math.min(q.run.open, attribution?.start ?? q.run.open),
          end: Math.max(q.run.close, attribution?.end ?? q.run.close),
        },
        confidence: q.confidence,
      } satisfies ClaimDraft,
    ];
  });
}
