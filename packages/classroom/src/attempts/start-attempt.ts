import { type Db, type Prisma, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { readOptions } from '../questions/stored.ts';
import { type IdentityInput, identifyLearner } from '../rules/identity.ts';
import { checkOpen, deadlineFor } from '../rules/window.ts';
import { drawQuestions } from './draw.ts';
import { type AttemptWithQuestions, attemptInclude } from './find-attempt.ts';
import { insertAttempt } from './insert-attempt.ts';
import type { SetCache } from './set-cache.ts';
import { newAttemptToken, newSeed } from './token.ts';

export interface StartOptions extends Omit<IdentityInput, 'userId'> {
  seed?: string;
  now?: Date;
  /** Published sets kept between starts (see set-cache.ts); without it each start reads its set. */
  sets?: SetCache<SetToStart>;
}

export type SetToStart = Awaited<ReturnType<typeof findSetToStart>>;

/**
 * Starts an attempt on a published set: anonymous when userId is null. Refused before the open
 * date (SET_NOT_OPEN) and from the close date (SET_CLOSED); the learner is identified the set's
 * way (identifyLearner) and refused ATTEMPT_LIMIT_REACHED once their attempts are used up. The
 * drawn questions are copied into the attempt, so later edits, unpublishing or deleting the set
 * don't change it. The seed (random unless given) decides the draw and the shuffles.
 */
export async function startAttempt(
  prisma: Db,
  slug: string,
  userId: string | null,
  { seed = newSeed(), now = new Date(), sets, ...identityInput }: StartOptions = {},
): Promise<AttemptWithQuestions> {
  const set = sets
    ? await sets.load(slug, () => findSetToStart(prisma, slug))
    : await findSetToStart(prisma, slug);
  checkOpen(set, now);
  const learner = identifyLearner(set, { ...identityInput, userId });
  const drawn = drawQuestions(
    set.questions.map((q) => ({ ...q, options: readOptions(q.options) })),
    set,
    seed,
  );
  const attemptRow = {
    token: newAttemptToken(),
    setId: set.id,
    userId,
    learnerName: learner.learnerName,
    studentId: learner.studentId,
    learnerKey: learner.learnerKey,
    feedback: set.feedback,
    acceptNearMisses: set.acceptNearMisses,
    maxScore: drawn.length,
    startedAt: now,
    deadline: deadlineFor(set, now),
  };
  const questionRows = drawn.map((q, position) => ({
    setQuestionId: q.id,
    position,
    type: q.type,
    prompt: q.prompt,
    options: q.options as unknown as Prisma.InputJsonValue,
    acceptedAnswers: q.acceptedAnswers,
    rivalAnswers: q.rivalAnswers,
    explanation: q.explanation,
    evidence: q.evidence as Prisma.InputJsonValue,
    claimIds: claimIdsOf(
      q.evidence,
      q.claims.map((l) => l.claimId),
    ),
  }));
  const setFields = setFieldsOf(set);
  // Without a limit to count there is nothing to lock: one statement, if the cached set holds.
  if (sets && !(set.attemptsAllowed != null && learner.learnerKey)) {
    const started = await insertAttempt(prisma, set, attemptRow, questionRows, setFields);
    if (started) return started;
    // The set changed since it was cached: read it again, and start as if never cached.
    sets.delete(slug);
    return startAttempt(prisma, slug, userId, { seed, now, ...identityInput });
  }
  return withTransaction(
    prisma,
    async (tx) => {
      // The set's row is locked while counting, so two starts at once can't both take the last
      // try. The count is its own statement after the lock: a statement sees the database as it
      // was when it began, so a count inside the locking statement would miss an attempt made
      // by the start it waited for. Without a limit there is nothing to count.
      if (set.attemptsAllowed != null && learner.learnerKey) {
        await tx.$queryRaw`SELECT 1 FROM "QuestionSet" WHERE "id" = ${set.id} FOR UPDATE`;
        const [row] = await tx.$queryRaw<{ used: number }[]>`
          SELECT count(*)::int AS "used" FROM "Attempt"
          WHERE "setId" = ${set.id} AND "learnerKey" = ${learner.learnerKey}`;
        if ((row?.used ?? 0) >= set.attemptsAllowed)
          throw new AttestError(
            'ATTEMPT_LIMIT_REACHED',
            `You have used all ${set.attemptsAllowed} ${set.attemptsAllowed === 1 ? 'attempt' : 'attempts'} this set allows.`,
            { attemptsAllowed: set.attemptsAllowed },
          );
      }
      const attempt = await tx.attempt.create({ data: attemptRow });
      const questions = await tx.attemptQuestion.createManyAndReturn({
        data: questionRows.map(
          (q): Prisma.AttemptQuestionCreateManyInput => ({ ...q, attemptId: attempt.id }),
        ),
      });
      // Built from what was just written and read, not read back.
      return {
        ...attempt,
        questions: questions.sort((x, y) => x.position - y.position),
        set: setFields,
      } satisfies AttemptWithQuestions;
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/**
 * The published set behind a share link with what starting needs, its questions in order and
 * their claim links, in one statement (relation joins). Unknown, unpublished and deleted sets
 * all answer the same NOT_FOUND, so a link reveals nothing about a hidden set.
 */
async function findSetToStart(prisma: Db, slug: string) {
  const set = await prisma.questionSet.findFirst({
    where: { shareSlug: slug, publishedAt: { not: null }, deletedAt: null },
    select: {
      ...attemptInclude.set.select,
      id: true,
      updatedAt: true,
      shuffleQuestions: true,
      shuffleOptions: true,
      acceptNearMisses: true,
      roster: true,
      joinCode: true,
      questions: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          position: true,
          type: true,
          prompt: true,
          options: true,
          acceptedAnswers: true,
          rivalAnswers: true,
          explanation: true,
          evidence: true,
          claims: { select: { claimId: true } },
        },
      },
    },
  });
  if (!set) throw new AttestError('NOT_FOUND', `No published question set has the link "${slug}".`);
  return set;
}

/** What an attempt keeps of its set's settings (attemptInclude's `set`). */
function setFieldsOf(set: SetToStart): AttemptWithQuestions['set'] {
  const { title, description, shareSlug, drawCount, feedback, identity } = set;
  const { attemptsAllowed, timeLimitSeconds, opensAt, closesAt } = set;
  return {
    title,
    description,
    shareSlug,
    drawCount,
    feedback,
    identity,
    attemptsAllowed,
    timeLimitSeconds,
    opensAt,
    closesAt,
  };
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
