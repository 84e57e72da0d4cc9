import type { Prisma, PrismaClient } from '@attest/db';
import { ClassroomError } from '../errors.ts';
import { readOptions } from '../questions/stored.ts';
import { type IdentityInput, identifyLearner } from '../rules/identity.ts';
import { checkOpen, deadlineFor } from '../rules/window.ts';
import { findPublishedSet } from '../sets/find-published-set.ts';
import { drawQuestions } from './draw.ts';
import { type AttemptWithQuestions, attemptInclude } from './find-attempt.ts';
import { newAttemptToken, newSeed } from './token.ts';

export interface StartOptions extends Omit<IdentityInput, 'userId'> {
  seed?: string;
  now?: Date;
}

/**
 * Starts an attempt on a published set: anonymous when userId is null. Refused before the open
 * date (SET_NOT_OPEN) and from the close date (SET_CLOSED); the learner is identified the set's
 * way (identifyLearner) and refused ATTEMPT_LIMIT_REACHED once their attempts are used up. The
 * drawn questions are copied into the attempt, so later edits, unpublishing or deleting the set
 * don't change it. The seed (random unless given) decides the draw and the shuffles.
 */
export async function startAttempt(
  prisma: PrismaClient,
  slug: string,
  userId: string | null,
  { seed = newSeed(), now = new Date(), ...identityInput }: StartOptions = {},
): Promise<AttemptWithQuestions> {
  const set = await findPublishedSet(prisma, slug);
  checkOpen(set, now);
  const learner = identifyLearner(set, { ...identityInput, userId });
  const links = await prisma.setQuestionClaim.findMany({
    where: { questionId: { in: set.questions.map((q) => q.id) } },
    select: { questionId: true, claimId: true },
  });
  const drawn = drawQuestions(
    set.questions.map((q) => ({ ...q, options: readOptions(q.options) })),
    set,
    seed,
  );
  const questions = drawn.map(
    (q, position): Prisma.AttemptQuestionCreateWithoutAttemptInput => ({
      setQuestion: { connect: { id: q.id } },
      position,
      type: q.type,
      prompt: q.prompt,
      options: q.options as unknown as Prisma.InputJsonValue,
      acceptedAnswers: q.acceptedAnswers,
      explanation: q.explanation,
      evidence: q.evidence as Prisma.InputJsonValue,
      claimIds: claimIdsOf(
        q.evidence,
        links.filter((l) => l.questionId === q.id).map((l) => l.claimId),
      ),
    }),
  );
  // The set's row is locked while counting, so two starts at once can't both take the last try.
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "QuestionSet" WHERE "id" = ${set.id} FOR UPDATE`;
      if (set.attemptsAllowed != null && learner.learnerKey) {
        const used = await tx.attempt.count({
          where: { setId: set.id, learnerKey: learner.learnerKey },
        });
        if (used >= set.attemptsAllowed)
          throw new ClassroomError(
            'ATTEMPT_LIMIT_REACHED',
            `You have used all ${set.attemptsAllowed} ${set.attemptsAllowed === 1 ? 'attempt' : 'attempts'} this set allows.`,
            { attemptsAllowed: set.attemptsAllowed },
          );
      }
      return tx.attempt.create({
        data: {
          token: newAttemptToken(),
          set: { connect: { id: set.id } },
          user: userId ? { connect: { id: userId } } : undefined,
          learnerName: learner.learnerName,
          studentId: learner.studentId,
          learnerKey: learner.learnerKey,
          feedback: set.feedback,
          maxScore: questions.length,
          startedAt: now,
          deadline: deadlineFor(set, now),
          questions: { create: questions },
        },
        include: attemptInclude,
      });
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/** The claims a question rests on: its links, and any claim its evidence quotes. */
function claimIdsOf(evidence: Prisma.JsonValue, linked: string[]): string[] {
  const quoted = Array.isArray(evidence)
    ? evidence.flatMap((e) =>
        e && typeof e === 'object' && !Array.isArray(e) && typeof e.claimId === 'string'
          ? [e.claimId]
          : [],
      )
    : [];
  return [...new Set([...linked, ...quoted])];
}
