import type { Prisma, PrismaClient } from '@attest/db';
import { readOptions } from '../questions/stored.ts';
import { findPublishedSet } from '../sets/find-published-set.ts';
import { drawQuestions } from './draw.ts';
import { type AttemptWithQuestions, attemptInclude } from './find-attempt.ts';
import { learnerNameFor } from './learner-name.ts';
import { newAttemptToken, newSeed } from './token.ts';

/**
 * Starts an attempt on a published set: anonymous when userId is null. A set that asks for names
 * needs `name` (the learner's own words, shown to the owner). The drawn questions are
 * copied into the attempt, so later edits, unpublishing or deleting the set don't change it.
 * The seed (random unless given) decides the draw and the shuffles.
 */
export async function startAttempt(
  prisma: PrismaClient,
  slug: string,
  userId: string | null,
  { seed = newSeed(), name }: { seed?: string; name?: string | null } = {},
): Promise<AttemptWithQuestions> {
  const set = await findPublishedSet(prisma, slug);
  const learnerName = learnerNameFor(set.askName, name);
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
  // One nested create: Prisma writes the attempt and its questions in one transaction.
  return prisma.attempt.create({
    data: {
      token: newAttemptToken(),
      set: { connect: { id: set.id } },
      user: userId ? { connect: { id: userId } } : undefined,
      learnerName,
      feedback: set.feedback,
      maxScore: questions.length,
      questions: { create: questions },
    },
    include: attemptInclude,
  });
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
