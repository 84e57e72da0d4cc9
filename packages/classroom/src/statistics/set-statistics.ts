import type { Db } from '@attest/db';
import { readOptions } from '../questions/stored.ts';
import { findOwnedSet } from '../sets/find-owned-set.ts';
import { mean } from './correlation.ts';
import {
  type ItemResponse,
  type QuestionStatistics,
  questionStatistics,
} from './question-statistics.ts';

export interface SetStatistics {
  attemptCount: number;
  finishedCount: number;
  /** The mean score of finished attempts (points, out of their maxScore); null before any. */
  meanScore: number | null;
  /**
   * The points every finished attempt could earn, when they all drew as many questions; null
   * before any, or when the draw count changed between attempts (then only the share is a mean).
   */
  maxScore: number | null;
  /** The mean of each finished attempt's score / maxScore, 0–1; null before any. */
  meanScoreShare: number | null;
  questions: (QuestionStatistics & { questionId: string })[];
}

/**
 * The owner's statistics for a set: its questions in order, each over the finished attempts that
 * drew it. Options are the question's current ones, then any that only earlier attempts saw.
 */
export async function getSetStatistics(
  prisma: Db,
  ownerId: string,
  setId: string,
): Promise<SetStatistics> {
  await findOwnedSet(prisma, ownerId, setId);
  const [attemptCount, questions, finished] = await Promise.all([
    prisma.attempt.count({ where: { setId } }),
    prisma.setQuestion.findMany({
      where: { setId },
      orderBy: { position: 'asc' },
      select: { id: true, options: true },
    }),
    prisma.attempt.findMany({
      where: { setId, status: 'FINISHED' },
      select: {
        score: true,
        maxScore: true,
        questions: {
          where: { setQuestionId: { not: null } },
          select: { setQuestionId: true, credit: true, chosenOptionIds: true, options: true },
        },
      },
    }),
  ]);
  return {
    attemptCount,
    finishedCount: finished.length,
    meanScore: mean(finished.map((a) => a.score ?? 0)),
    maxScore: commonMaxScore(finished.map((a) => a.maxScore)),
    meanScoreShare: mean(finished.map((a) => (a.maxScore > 0 ? (a.score ?? 0) / a.maxScore : 0))),
    questions: questions.map((q) => {
      const options = [...readOptions(q.options)];
      const responses: ItemResponse[] = [];
      for (const attempt of finished) {
        for (const item of attempt.questions) {
          if (item.setQuestionId !== q.id) continue;
          responses.push({
            credit: item.credit,
            chosenOptionIds: item.chosenOptionIds,
            attemptScore: attempt.score ?? 0,
          });
          for (const o of readOptions(item.options))
            if (!options.some((known) => known.id === o.id)) options.push(o);
        }
      }
      return { questionId: q.id, ...questionStatistics(options, responses) };
    }),
  };
}

function commonMaxScore(maxScores: readonly number[]): number | null {
  const [first] = maxScores;
  return first !== undefined && maxScores.every((m) => m === first) ? first : null;
}
