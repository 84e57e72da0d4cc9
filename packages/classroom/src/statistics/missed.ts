import type { Db } from '@attest/db';
import { type AnsweredItem, countMissed, type MissedCount } from './missed-facts.ts';

/** Answers in finished attempts on the owner's sets (deleted sets too: their attempts stay). */
const answeredItems = (prisma: Db, ownerId: string): Promise<AnsweredItem[]> =>
  prisma.attemptQuestion.findMany({
    where: { attempt: { status: 'FINISHED', set: { ownerId } } },
    select: { claimIds: true, credit: true },
  });

/** The claims learners of the owner's sets get wrong most, among claims still in the base. */
export async function listMissedClaims(
  prisma: Db,
  ownerId: string,
  first: number,
): Promise<MissedCount<string>[]> {
  const items = await answeredItems(prisma, ownerId);
  const ids = [...new Set(items.flatMap((i) => i.claimIds))];
  const known = new Set(
    (await prisma.claim.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(
      (c) => c.id,
    ),
  );
  return countMissed(items, (claimIds) => claimIds.filter((id) => known.has(id))).slice(0, first);
}

/** The actors (subjects and objects of those claims) learners get wrong most. */
export async function listMissedActors(
  prisma: Db,
  ownerId: string,
  first: number,
): Promise<MissedCount<string>[]> {
  const items = await answeredItems(prisma, ownerId);
  const claims = await prisma.claim.findMany({
    where: { id: { in: [...new Set(items.flatMap((i) => i.claimIds))] } },
    select: { id: true, subjectId: true, objectId: true },
  });
  const actorsOf = new Map(
    claims.map((c) => [c.id, c.objectId ? [c.subjectId, c.objectId] : [c.subjectId]]),
  );
  return countMissed(items, (claimIds) => claimIds.flatMap((id) => actorsOf.get(id) ?? [])).slice(
    0,
    first,
  );
}
