import type { QuestionSet, SetQuestion } from '@attest/db';
import type { Db } from '../db.ts';
import { ClassroomError } from '../errors.ts';

export type PublishedSet = QuestionSet & { questions: SetQuestion[] };

/**
 * The published, not deleted set behind a share link, questions in order. Unknown, unpublished
 * and deleted sets all answer the same NOT_FOUND, so a link reveals nothing about a hidden set.
 */
export async function findPublishedSet(prisma: Db, slug: string): Promise<PublishedSet> {
  const set = await prisma.questionSet.findFirst({
    where: { shareSlug: slug, publishedAt: { not: null }, deletedAt: null },
    include: { questions: { orderBy: { position: 'asc' } } },
  });
  if (!set)
    throw new ClassroomError('NOT_FOUND', `No published question set has the link "${slug}".`);
  return set;
}
