import type { Claim, Evidence } from '@attest/knowledge';
import type { QuizIndex } from './kb-index.ts';
import type { EvidenceRef } from './types.ts';

/**
 * The verbatim quotes behind claims, each passage once (claims of one list often share a quote,
 * and a question may list a claim twice); only `sourceId`'s when a question speaks for one source.
 */
export function evidenceOf(
  index: QuizIndex,
  claims: readonly Claim[],
  sourceId: string | null = null,
): EvidenceRef[] {
  const refs: EvidenceRef[] = [];
  const shown = new Set<string>();
  for (const claim of claims) {
    for (const e of claim.evidence) {
      if (sourceId !== null && e.sourceId !== sourceId) continue;
      const at = `${e.sourceId}|${e.start}|${e.end}`;
      if (shown.has(at)) continue;
      shown.add(at);
      refs.push(refOf(index, claim, e));
    }
  }
  return refs;
}

// Questions from one claim share its evidence objects: fewer allocations at 100× scale.
function refOf(index: QuizIndex, claim: Claim, e: Evidence): EvidenceRef {
  const refs = index.evidenceRefs;
  let ref = refs.get(e);
  if (!ref) {
    const source = index.sources.get(e.sourceId);
    ref = {
      claimId: claim.id,
      sourceId: e.sourceId,
      sourceTitle: source?.title ?? e.sourceId,
      publisher: source?.publisher ?? null,
      quote: e.quote,
      start: e.start,
      end: e.end,
    };
    refs.set(e, ref);
  }
  return ref;
}

/** The claims' own statements, each once: what the sources say, in the curator's words. */
export function explain(claims: readonly Claim[], lead?: string): string {
  const statements = [...new Set(claims.map((c) => c.statement.trim()))].join(' ');
  return lead ? `${lead} ${statements}` : statements;
}

export const distinctSources = (claims: readonly Claim[]): Set<string> =>
  new Set(claims.flatMap((c) => c.evidence.map((e) => e.sourceId)));
