import type { Db } from '@attest/db';
import { AttestError } from '@attest/errors';
import { type ClaimState, fingerprintOf, loadClaimStates } from './claim-state.ts';

/**
 * The claims a hand-written question links, loaded, or BAD_USER_INPUT naming the unknown ones
 * (in `details.unknownClaimIds`, so the API can name them in its own ID form).
 */
export async function loadLinkedClaims(prisma: Db, claimIds: readonly string[]) {
  const states = await loadClaimStates(prisma, claimIds);
  const unknown = claimIds.filter((id) => !states.has(id));
  if (unknown.length > 0) {
    throw new AttestError(
      'BAD_USER_INPUT',
      `No claim has the ID ${unknown.map((id) => `"${id}"`).join(', ')}.`,
      {
        unknownClaimIds: unknown,
      },
    );
  }
  const claims = claimIds.map((id) => states.get(id) as ClaimState);
  return {
    links: claims.map((c) => ({ claimId: c.id, fingerprint: fingerprintOf(c) })),
    evidence: claims.flatMap((c) => c.evidence),
  };
}
