/** A finished attempt as the gradebook needs it. */
export interface GradedAttempt {
  id: string;
  /** The signed-in learner's account, if any: their attempts make one learner. */
  userId: string | null;
  /** Who the attempt counts against under the set's identity mode (learnerKey), if anyone. */
  learnerKey: string | null;
  name: string | null;
  studentId: string | null;
  startedAt: Date;
  finishedAt: Date;
  score: number;
  maxScore: number;
  /** Credit per set question ID; a question not drawn is missing, a blank one is 0. */
  credits: ReadonlyMap<string, number>;
}

export interface GradebookRow {
  name: string;
  studentId: string | null;
  startedAt: Date;
  finishedAt: Date;
  /** One cell per set question, in set order; null when this attempt did not draw it. */
  credits: (number | null)[];
  score: number;
  maxScore: number;
}

/**
 * One row per learner: their best finished attempt (the highest score, then the earliest, as
 * Moodle's "highest grade" method). A learner is who the set's identity mode says (learnerKey:
 * name or student ID, account, class list entry, browser), else the signed-in account; an
 * attempt with neither is its own learner, since nothing ties two of them together. Rows are
 * sorted by name, then start.
 */
export function gradebookRows(
  questionIds: readonly string[],
  attempts: readonly GradedAttempt[],
): GradebookRow[] {
  const best = new Map<string, GradedAttempt>();
  for (const a of attempts) {
    const learner = a.learnerKey ?? (a.userId ? `user:${a.userId}` : `attempt:${a.id}`);
    const held = best.get(learner);
    if (!held || a.score > held.score || (a.score === held.score && a.startedAt < held.startedAt))
      best.set(learner, a);
  }
  return [...best.values()]
    .map((a) => ({
      name: a.name ?? 'Anonymous',
      studentId: a.studentId,
      startedAt: a.startedAt,
      finishedAt: a.finishedAt,
      credits: questionIds.map((id) => a.credits.get(id) ?? null),
      score: a.score,
      maxScore: a.maxScore,
    }))
    .sort((x, y) => x.name.localeCompare(y.name) || x.startedAt.getTime() - y.startedAt.getTime());
}
