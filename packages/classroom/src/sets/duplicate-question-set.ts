import type { QuestionSet } from '@attest/db';
import { type Db, withTransaction } from '@attest/db';
import { newJoinCode } from '../rules/roster.ts';
import { findOwnedSetWithQuestions } from './find-owned-set.ts';
import { TITLE_MAX } from './set-input.ts';

/** A copy of a set with its questions and claim links, unpublished, without a share link. */
export function duplicateQuestionSet(
  prisma: Db,
  ownerId: string,
  setId: string,
): Promise<QuestionSet> {
  return withTransaction(prisma, async (tx) => {
    const { set, questions } = await findOwnedSetWithQuestions(tx, ownerId, setId);
    const suffix = ' (copy)';
    return tx.questionSet.create({
      data: {
        ownerId,
        title: `${set.title.slice(0, TITLE_MAX - suffix.length)}${suffix}`,
        description: set.description,
        shuffleQuestions: set.shuffleQuestions,
        shuffleOptions: set.shuffleOptions,
        drawCount: set.drawCount,
        feedback: set.feedback,
        // The rules come along; the join code is the copy's own, so the classes stay apart.
        identity: set.identity,
        roster: set.roster ?? [],
        joinCode: set.joinCode ? newJoinCode() : null,
        attemptsAllowed: set.attemptsAllowed,
        timeLimitSeconds: set.timeLimitSeconds,
        acceptNearMisses: set.acceptNearMisses,
        opensAt: set.opensAt,
        closesAt: set.closesAt,
        questions: {
          create: questions.map((q) => ({
            position: q.position,
            type: q.type,
            prompt: q.prompt,
            options: q.options ?? [],
            acceptedAnswers: q.acceptedAnswers,
            rivalAnswers: q.rivalAnswers,
            explanation: q.explanation,
            stableId: q.stableId,
            evidence: q.evidence ?? [],
            claims: { create: q.claims },
          })),
        },
      },
    });
  });
}
