import type { Db, FeedbackTiming, LearnerIdentity, QuestionSet } from '@attest/db';
import { AttestError } from '@attest/errors';
import { windowState } from '../rules/window.ts';

/** What anyone with the share link sees of a set before starting: nothing about answers. */
export interface SharedSet {
  slug: string;
  title: string;
  description: string;
  /** Questions per attempt: the draw count, or all of them. */
  questionCount: number;
  feedback: FeedbackTiming;
  /** How the learner is identified, and so what the set's owner will see of them. */
  identity: LearnerIdentity;
  attemptsAllowed: number | null;
  timeLimitSeconds: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
  /** Whether an attempt may start now. */
  state: 'OPEN' | 'NOT_YET_OPEN' | 'CLOSED';
}

export type SharedSetRow = Pick<
  QuestionSet,
  | 'shareSlug'
  | 'title'
  | 'description'
  | 'drawCount'
  | 'feedback'
  | 'identity'
  | 'attemptsAllowed'
  | 'timeLimitSeconds'
  | 'opensAt'
  | 'closesAt'
>;

export function toSharedSet(set: SharedSetRow, questionTotal: number, now: Date): SharedSet {
  return {
    slug: set.shareSlug ?? '',
    title: set.title,
    description: set.description,
    questionCount: Math.min(set.drawCount ?? questionTotal, questionTotal),
    feedback: set.feedback,
    identity: set.identity,
    attemptsAllowed: set.attemptsAllowed,
    timeLimitSeconds: set.timeLimitSeconds,
    opensAt: set.opensAt,
    closesAt: set.closesAt,
    state: windowState(set, now),
  };
}

/** The public face of a published set, or NOT_FOUND (unknown, unpublished or deleted alike). */
export async function findSharedSet(
  prisma: Db,
  slug: string,
  now: Date = new Date(),
): Promise<SharedSet> {
  const set = await prisma.questionSet.findFirst({
    where: { shareSlug: slug, publishedAt: { not: null }, deletedAt: null },
    include: { _count: { select: { questions: true } } },
  });
  if (!set) throw new AttestError('NOT_FOUND', `No published question set has the link "${slug}".`);
  return toSharedSet(set, set._count.questions, now);
}
