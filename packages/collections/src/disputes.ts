import { type Db, type DisputeAspect, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { z } from 'zod';
import { recordChange } from './history.ts';
import { parseInput } from './parse-input.ts';

const DisputeInput = z.object({
  firstId: z.string().min(1),
  secondId: z.string().min(1),
  aspect: z.enum(['DATE', 'FACT', 'STATUS', 'NUMBER']),
  description: z
    .string()
    .trim()
    .min(1, 'Say what conflicts.')
    .max(500, 'A description is at most 500 characters.'),
});
export type DisputeInput = z.input<typeof DisputeInput>;

/** Records that two claims of the collection cannot both be right as stated. */
export async function createDispute(
  prisma: Db,
  userId: string,
  collectionId: string,
  input: DisputeInput,
) {
  const data = parseInput(DisputeInput, input);
  if (data.firstId === data.secondId)
    throw new AttestError('BAD_USER_INPUT', 'A claim cannot dispute itself.');
  return withTransaction(prisma, async (tx) => {
    const claims = await tx.claim.findMany({
      where: { id: { in: [data.firstId, data.secondId] }, collectionId },
      select: { id: true, statement: true },
    });
    if (claims.length < 2)
      throw new AttestError('BAD_USER_INPUT', 'Both claims must be claims of this collection.');
    const existing = await tx.dispute.findFirst({
      where: {
        OR: [
          { firstId: data.firstId, secondId: data.secondId },
          { firstId: data.secondId, secondId: data.firstId },
        ],
      },
    });
    if (existing) throw new AttestError('CONFLICT', 'These two claims are disputed already.');
    const dispute = await tx.dispute.create({
      data: { ...data, aspect: data.aspect as DisputeAspect },
    });
    await recordChange(tx, {
      collectionId,
      userId,
      action: 'CREATE',
      entity: 'Dispute',
      entityId: dispute.id,
      summary: `Recorded a dispute: ${data.description}`,
      after: dispute,
    });
    return dispute;
  });
}

/** Removes a recorded dispute between two claims of the collection. */
export async function deleteDispute(
  prisma: Db,
  userId: string,
  collectionId: string,
  disputeId: string,
) {
  await withTransaction(prisma, async (tx) => {
    const dispute = await tx.dispute.findFirst({
      where: { id: disputeId, first: { collectionId } },
    });
    if (!dispute) throw new AttestError('NOT_FOUND', 'This collection has no such dispute.');
    await tx.dispute.delete({ where: { id: disputeId } });
    await recordChange(tx, {
      collectionId,
      userId,
      action: 'DELETE',
      entity: 'Dispute',
      entityId: disputeId,
      summary: `Removed the dispute: ${dispute.description}`,
      before: dispute,
    });
  });
}
