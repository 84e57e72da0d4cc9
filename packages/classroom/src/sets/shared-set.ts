import type { FeedbackTiming, QuestionSet } from '@attest/db';
import type { Db } from '../db.ts';
import { ClassroomError } from '../errors.ts';

/** What anyone with the share link sees of a set before starting: nothing about answers. */
export interface SharedSet {
  slug: string;
  title: string;
  description: string;
  /** Questions per attempt: the draw count, or all of them. */
  questionCount: number;
  feedback: FeedbackTiming;
  /** The learner must give a name to start; it is shown to the set's owner. */
  askName: boolean;
}

export function toSharedSet(
  set: Pick<
    QuestionSet,
    'shareSlug' | 'title' | 'description' | 'drawCount' | 'feedback' | 'askName'
  >,
  questionTotal: number,
): SharedSet {
  return {
    slug: set.shareSlug ?? '',
    title: set.title,
    description: set.description,
    questionCount: Math.min(set.drawCount ?? questionTotal, questionTotal),
    feedback: set.feedback,
    askName: set.askName,
  };
}

/** The public face of a published set, or NOT_FOUND (unknown, unpublished or deleted alike). */
export async function findSharedSet(prisma: Db, slug: string): Promise<SharedSet> {
  const set = await prisma.questionSet.findFirst({
    where: { shareSlug: slug, publishedAt: { not: null }, deletedAt: null },
    include: { _count: { select: { questions: true } } },
  });
  if (!set)
    throw new ClassroomError('NOT_FOUND', `No published question set has the link "${slug}".`);
  return toSharedSet(set, set._count.questions);
}
