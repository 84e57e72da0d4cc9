import type { Db, QuestionSet } from '@attest/db';
import { findOwnedSet } from './find-owned-set.ts';

/** Takes a set off its share link: no new attempts start from it; the link comes back on publishing. */
export async function unpublishQuestionSet(
  prisma: Db,
  ownerId: string,
  setId: string,
): Promise<QuestionSet> {
  await findOwnedSet(prisma, ownerId, setId);
  return prisma.questionSet.update({ where: { id: setId }, data: { publishedAt: null } });
}
