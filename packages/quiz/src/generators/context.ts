import type { Claim } from '@attest/knowledge';
import { collectFacts, type Fact } from '../facts.ts';
import type { QuizIndex } from '../kb-index.ts';
import type { EvidenceRef, Question } from '../types.ts';
import { inScope } from './scope.ts';

export interface GeneratorContext {
  index: QuizIndex;
  seed: string;
  includeOffTopic: boolean;
  /**
   * Whether questions from these claims can pass the caller's filters; checked before the
   * costly part (choosing distractors). `sourceId` narrows the evidence to one source.
   */
  wanted: (claims: readonly Claim[], sourceId?: string | null) => boolean;
  /**
   * With a source filter: a false statement built from another claim shows that claim's quotes
   * (its proofs), from sources its own claims need not cite, so `wanted` would drop a question
   * the filter keeps ("questions with evidence from these sources"). For a fact `wanted`
   * rejects, the true/false generator asks `may` (a proof shares the fact's predicate or object:
   * does a claim citing the sources?) before making its statements, and keeps those whose
   * evidence passes `shows`. Absent: `wanted` decides alone.
   */
  wantedProofs?: {
    may: (predicateId: string, objectId: string | null) => boolean;
    shows: (evidence: readonly EvidenceRef[]) => boolean;
  } | null;
  /**
   * A quiz asks each prompt once (its first question); a generator may drop a later question
   * with a prompt it already gave before its costly part. False when every question is wanted,
   * to be found again by id whatever quiz it came from.
   */
  onePerPrompt: boolean;
  /**
   * Null, or the only claims to build questions from (see `inScope`): a seed's questions are
   * rebuilt for the few a quiz chose without walking the whole base. `wanted` must then also
   * reject claims out of scope; the questions come in no particular order.
   */
  scope: ReadonlySet<string> | null;
  /**
   * Null, or the ids of the only questions wanted (with `scope`): a generator drops any other as
   * soon as it knows its id, before choosing distractors.
   */
  only: ReadonlySet<string> | null;
  /**
   * With `scope`: give the candidates in the order of the full list, so a scoped run gives its
   * questions in the order a full run would (a changed base's bank splices them in; derive.ts).
   */
  ordered?: boolean;
}

/** Whether a question of this id is wanted in this run; asked before the costly part. */
export const unwanted = (context: GeneratorContext, id: string): boolean =>
  context.only !== null && !context.only.has(id);

export type Generator = (context: GeneratorContext) => Question[];

/** The actors claims are about, each once: subject, object, speaker. */
export function actorIdsOf(claims: readonly Claim[]): string[] {
  const cast: string[] = [];
  // Most questions come from one to three claims: a list beats a set; long lists get one.
  const seen = claims.length > 3 ? new Set<string>() : null;
  for (const c of claims) {
    for (const id of [c.subjectId, c.objectId, c.speakerId]) {
      if (id === null || (seen ? seen.has(id) : cast.includes(id))) continue;
      seen?.add(id);
      cast.push(id);
    }
  }
  return cast;
}

/** The claims a fact's questions are built from (for `inScope`). */
export const factClaimIds = (fact: Fact) => fact.claims.map((c) => c.id);

/** The one source a fact is framed by ("According to …"), or null when it is plain. */
export const framingSourceId = (fact: Fact): string | null =>
  fact.framing.kind === 'SOURCE' ? fact.framing.sourceId : null;

/**
 * The facts whose questions can pass the caller's filters (shared by the template generators);
 * with `denied`, the denials (see collectFacts).
 */
export function* wantedFacts(context: GeneratorContext, denied = false): Iterable<Fact> {
  const facts = collectFacts(context.index, context.includeOffTopic, denied);
  for (const fact of inScope(context, facts, factClaimIds)) {
    if (context.wanted(fact.claims, framingSourceId(fact))) yield fact;
  }
}
