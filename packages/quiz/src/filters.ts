import type { Claim } from '@attest/knowledge';
import type { GeneratorContext } from './generators/context.ts';
import type { QuizIndex } from './kb-index.ts';
import type { GenerateOptions, Question } from './types.ts';

const setOf = (ids: readonly string[] | undefined) => (ids ? new Set(ids) : null);

/**
 * The caller's filters (AND across kinds, OR within one list), as a cheap test on claims
 * before a question is built (never false for a question `keeps` would keep; with a source
 * filter, `wantedProofs` completes it) and an exact test on the question after.
 */
export function makeFilters(index: QuizIndex, options: GenerateOptions) {
  const actors = setOf(options.actorIds);
  const sources = setOf(options.sourceIds);
  const claimIds = setOf(options.claimIds);
  const predicates = setOf(options.predicateIds);

  const wanted = (claims: readonly Claim[], sourceId: string | null = null): boolean => {
    if (claimIds && !claims.some((c) => claimIds.has(c.id))) return false;
    if (predicates && !claims.some((c) => predicates.has(c.predicateId))) return false;
    if (sources) {
      const cited =
        sourceId === null ? claims.flatMap((c) => c.evidence.map((e) => e.sourceId)) : [sourceId];
      if (!cited.some((id) => sources.has(id))) return false;
    }
    if (actors) {
      const cast = claims.flatMap((c) => [c.subjectId, c.objectId, c.speakerId]);
      if (!cast.some((id) => id !== null && actors.has(id))) return false;
    }
    return true;
  };

  const keeps = (q: Question): boolean => {
    if (claimIds && !q.claimIds.some((id) => claimIds.has(id))) return false;
    if (predicates) {
      const used = q.claimIds.map((id) => index.claims.get(id)?.predicateId);
      if (!used.some((p) => p !== undefined && predicates.has(p))) return false;
    }
    if (sources && !q.evidence.some((e) => sources.has(e.sourceId))) return false;
    if (actors && !q.actorIds.some((id) => actors.has(id))) return false;
    return true;
  };

  // The source filter reads a question's evidence, which may quote claims the question does not
  // ask (a false statement's proofs): `wanted` cannot see those before the question is made. A
  // proof shares the fact's object or predicate (`whyFalse` in true-false.ts).
  let wantedProofs: GeneratorContext['wantedProofs'] = null;
  if (sources) {
    const predicates = new Set<string>();
    const objects = new Set<string>();
    for (const sourceId of sources) {
      for (const claim of index.claimsBySource.get(sourceId) ?? []) {
        predicates.add(claim.predicateId);
        if (claim.objectId !== null) objects.add(claim.objectId);
      }
    }
    wantedProofs = {
      may: (predicateId, objectId) =>
        predicates.has(predicateId) || (objectId !== null && objects.has(objectId)),
      shows: (evidence) => evidence.some((e) => sources.has(e.sourceId)),
    };
  }

  return { wanted, keeps, wantedProofs };
}
