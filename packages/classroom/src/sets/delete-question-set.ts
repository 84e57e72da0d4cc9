import type { Db } from '@attest/db';
import { findOwnedSet } from './find-owned-set.ts';

/**
 * Deletes a set softly: it disappears for everyone (its share link too) while its attempts and
 * their statistics are kept. Deleting is final through the API.
 */
export async function deleteQuestionSet(prisma: Db, ownerId: string, setId: string): Promise<void> {
  await findOwnedSet(prisma, ownerId, setId);
  await prisma.questionSet.update({ where: { id: setId }, data: { deletedAt: new Date() } });
}
