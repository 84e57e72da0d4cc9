import type { Db } from '@attest/db';

/** Marks a set as edited when its questions change. */
export async function touchSet(tx: Db, setId: string): Promise<void> {
  await tx.questionSet.update({ where: { id: setId }, data: { updatedAt: new Date() } });
}
