import { createHash } from 'node:crypto';
import type { Db } from '@attest/db';
import type { StoredEvidence } from './stored.ts';

export type QuestionStatus = 'CURRENT' | 'CLAIM_CHANGED' | 'CLAIM_DISPUTED' | 'CLAIM_REMOVED';

/** A claim as it is now: what its fingerprint is made of, and its evidence to snapshot. */
export interface ClaimState {
  id: string;
  /** Digest of what a question relies on: statement, parts, rank, modality, evidence quotes. */
  content: string;
  disputed: boolean;
  evidence: StoredEvidence[];
}

/**
 * The stored fingerprint: content digest, then whether the claim was disputed. Kept apart so a
 * question can say "disputed since" rather than just "changed"; a sources-disagree question,
 * disputed from the start, stays current.
 */
export const fingerprintOf = (state: ClaimState): string =>
  `${state.content}.${state.disputed ? 'd' : 'u'}`;

/** The current state of these claims, in two queries whatever their number. */
export async function loadClaimStates(
  prisma: Db,
  claimIds: readonly string[],
): Promise<Map<string, ClaimState>> {
  if (claimIds.length === 0) return new Map();
  const claims = await prisma.claim.findMany({
    where: { id: { in: [...new Set(claimIds)] } },
    select: {
      id: true,
      statement: true,
      subjectId: true,
      predicateId: true,
      objectId: true,
      valueText: true,
      valueNumber: true,
      valueUnit: true,
      valueDate: true,
      valueDatePrecision: true,
      speakerId: true,
      modality: true,
      rank: true,
      evidence: {
        select: {
          quote: true,
          start: true,
          end: true,
          source: { select: { id: true, title: true, publisher: true } },
        },
        orderBy: [{ sourceId: 'asc' }, { start: 'asc' }],
      },
      _count: { select: { disputesAsFirst: true, disputesAsSecond: true } },
    },
  });
  return new Map(
    claims.map(({ evidence, _count, ...claim }) => {
      const content = createHash('sha256')
        .update(
          JSON.stringify([claim, evidence.map((e) => [e.source.id, e.quote, e.start, e.end])]),
        )
        .digest('base64url')
        .slice(0, 22);
      return [
        claim.id,
        {
          id: claim.id,
          content,
          disputed: _count.disputesAsFirst + _count.disputesAsSecond > 0,
          evidence: evidence.map((e) => ({
            claimId: claim.id,
            sourceId: e.source.id,
            sourceTitle: e.source.title,
            publisher: e.source.publisher,
            quote: e.quote,
            start: e.start,
            end: e.end,
          })),
        },
      ];
    }),
  );
}

const SEVERITY: QuestionStatus[] = ['CURRENT', 'CLAIM_CHANGED', 'CLAIM_DISPUTED', 'CLAIM_REMOVED'];

/** How a question's claims compare with when it was made; the worst of its links counts. */
export function questionStatus(
  links: readonly { claimId: string; fingerprint: string }[],
  states: ReadonlyMap<string, ClaimState>,
): QuestionStatus {
  let worst = 0;
  for (const link of links) {
    const state = states.get(link.claimId);
    const [content, disputed] = link.fingerprint.split('.');
    let status: QuestionStatus = 'CURRENT';
    if (!state) status = 'CLAIM_REMOVED';
    else if (state.disputed && disputed !== 'd') status = 'CLAIM_DISPUTED';
    else if (state.content !== content) status = 'CLAIM_CHANGED';
    worst = Math.max(worst, SEVERITY.indexOf(status));
  }
  return SEVERITY[worst] ?? 'CURRENT';
}
