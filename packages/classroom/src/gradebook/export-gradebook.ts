import type { Db } from '@attest/db';
import { gradebookCsv } from './gradebook-csv.ts';
import { type GradedAttempt, gradebookRows } from './gradebook-rows.ts';

export interface Gradebook {
  csv: string;
  /** What the file leaves out, and why. */
  notes: string[];
}

/** The gradebook of a set the caller has checked is the owner's: finished attempts only. */
export async function loadGradebook(prisma: Db, setId: string): Promise<Gradebook> {
  const [questions, attempts, unfinished] = await Promise.all([
    prisma.setQuestion.findMany({
      where: { setId },
      orderBy: { position: 'asc' },
      select: { id: true, prompt: true, position: true },
    }),
    prisma.attempt.findMany({
      where: { setId, status: 'FINISHED' },
      select: {
        id: true,
        userId: true,
        learnerName: true,
        learnerKey: true,
        studentId: true,
        user: { select: { name: true } },
        startedAt: true,
        finishedAt: true,
        score: true,
        maxScore: true,
        questions: { select: { setQuestionId: true, credit: true } },
      },
    }),
    prisma.attempt.count({ where: { setId, status: 'IN_PROGRESS' } }),
  ]);
  const graded: GradedAttempt[] = attempts.map((a) => ({
    id: a.id,
    userId: a.userId,
    learnerKey: a.learnerKey,
    name: a.learnerName ?? a.user?.name ?? null,
    studentId: a.studentId,
    startedAt: a.startedAt,
    finishedAt: a.finishedAt ?? a.startedAt,
    score: a.score ?? 0,
    maxScore: a.maxScore,
    credits: new Map(
      a.questions.flatMap((q) => (q.setQuestionId ? [[q.setQuestionId, q.credit ?? 0]] : [])),
    ),
  }));
  const rows = gradebookRows(
    questions.map((q) => q.id),
    graded,
  );
  const notes: string[] = [];
  if (unfinished > 0)
    notes.push(
      `${unfinished} unfinished attempt${unfinished === 1 ? ' is' : 's are'} left out: answers may still change until finished.`,
    );
  const repeats = graded.length - rows.length;
  if (repeats > 0)
    notes.push(
      `${repeats} earlier or lower attempt${repeats === 1 ? '' : 's'} by the same learners left out: each learner's best attempt counts.`,
    );
  return {
    csv: gradebookCsv(
      questions.map((q) => q.prompt),
      rows,
    ),
    notes,
  };
}
