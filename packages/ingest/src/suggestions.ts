import { type ClaimValue, type DisputeAspect, normalizeName } from '@attest/knowledge';
import type { DraftClaim, KnownClaim, Suggestion, Vocabulary } from './types.ts';

/** Predicates where one subject says many things: a different object is no dispute. */
const MANY_VALUED = new Set(['said', 'argued', 'warned', 'reported', 'holds_position']);

/**
 * Draft claims against known ones with the same subject and predicate: the same object or
 * words corroborate; a different object, number or date is a possible dispute, except for
 * open-ended predicates (supporting one thing does not deny supporting another).
 */
export function suggest(
  claims: readonly DraftClaim[],
  matchOf: (key: string) => string | null,
  known: readonly KnownClaim[],
  vocabulary: Vocabulary,
): Suggestion[] {
  const openEnded = new Set(vocabulary.filter((p) => p.openEnded).map((p) => p.id));
  const bySubject = new Map<string, KnownClaim[]>();
  for (const k of known)
    bySubject.set(`${k.subjectId} ${k.predicateId}`, [
      ...(bySubject.get(`${k.subjectId} ${k.predicateId}`) ?? []),
      k,
    ]);
  const out: Suggestion[] = [];
  for (const claim of claims) {
    const subjectId = matchOf(claim.subjectKey);
    if (!subjectId) continue;
    const objectId = claim.objectKey ? matchOf(claim.objectKey) : null;
    for (const k of bySubject.get(`${subjectId} ${claim.predicateId}`) ?? []) {
      if (sameObject(objectId, claim.value, k)) {
        out.push({
          kind: 'CORROBORATES',
          claimKey: claim.key,
          knownClaimId: k.id,
          aspect: null,
          reason: `Says what “${k.statement}” says.`,
        });
        continue;
      }
      if (openEnded.has(claim.predicateId) || MANY_VALUED.has(claim.predicateId)) continue;
      if (claim.objectKey && !objectId) continue;
      const aspect = aspectOf(claim.value, k.value);
      out.push({
        kind: 'POSSIBLE_DISPUTE',
        claimKey: claim.key,
        knownClaimId: k.id,
        aspect,
        reason: `Same subject and predicate as “${k.statement}”, but a different ${aspect === 'FACT' ? 'object' : aspect.toLowerCase()}.`,
      });
    }
  }
  return out;
}

function sameObject(objectId: string | null, value: ClaimValue | null, k: KnownClaim): boolean {
  if (objectId !== null) return objectId === k.objectId;
  if (!value || !k.value) return false;
  if (value.kind === 'number' && k.value.kind === 'number') return value.number === k.value.number;
  if (value.kind === 'date' && k.value.kind === 'date')
    return value.date.value === k.value.date.value;
  if (value.kind === 'text' && k.value.kind === 'text') {
    const a = normalizeName(value.text);
    const b = normalizeName(k.value.text);
    return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
  }
  return false;
}

function aspectOf(value: ClaimValue | null, known: ClaimValue | null): DisputeAspect {
  const kind = value?.kind ?? known?.kind;
  return kind === 'number' ? 'NUMBER' : kind === 'date' ? 'DATE' : 'FACT';
}
