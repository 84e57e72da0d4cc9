import { randomBytes } from 'node:crypto';
import type { Db, FeedbackTiming, LearnerIdentity, Prisma } from '@attest/db';
import { newJoinCode, parseRoster } from './rules/roster.ts';

/**
 * Test fixtures for code over question sets: people and sets written straight to the database,
 * on the mini knowledge base (`@attest/knowledge/fixtures`). The set functions have their own
 * tests; these skip them to test what comes after (attempts, statistics, exports).
 */

export const makeUser = (prisma: Db, name: string) =>
  prisma.user.create({
    data: {
      id: `u-${randomBytes(6).toString('hex')}`,
      name,
      email: `${name}-${randomBytes(4).toString('hex')}@example.org`,
    },
  });

export interface QuestionSpec {
  type: 'SINGLE_CHOICE' | 'MULTI_SELECT' | 'TRUE_FALSE' | 'FILL_IN';
  prompt: string;
  options?: { id: string; text: string; correct: boolean }[];
  acceptedAnswers?: string[];
  /** Other actors' names near the accepted ones; none unless given. */
  rivalAnswers?: string[];
  claimId: string;
}

/**
 * One question of each kind. A stored question's explanation is `EXPLANATION-<claim ID>` and its
 * quote `QUOTE-<claim ID>`: unique texts a test can look for.
 */
export const fixtureQuestions = {
  veto: {
    type: 'SINGLE_CHOICE',
    prompt: 'Who vetoed the office in Arden?',
    options: [
      { id: 'k', text: 'Karl Tesk', correct: true },
      { id: 'l', text: 'Tomas Berg', correct: false },
      { id: 'm', text: 'Mira Holm', correct: false },
    ],
    claimId: 'tesk-blocked-arden-office',
  },
  members: {
    type: 'MULTI_SELECT',
    prompt: 'Which are members of the Alliance?',
    options: [
      { id: 'a', text: 'Arden', correct: true },
      { id: 'b', text: 'Borduria', correct: true },
      { id: 'c', text: 'Syldavia', correct: false },
      { id: 'd', text: 'Carpania', correct: false },
    ],
    claimId: 'arden-member',
  },
  said: {
    type: 'FILL_IN',
    prompt: 'Who said the office would open next year?',
    acceptedAnswers: ['Ana Lindström'],
    claimId: 'lindstrom-said-next-year',
  },
  plans: {
    type: 'TRUE_FALSE',
    prompt: 'The Alliance plans to open an office in Arden.',
    options: [
      { id: 't', text: 'True', correct: true },
      { id: 'f', text: 'False', correct: false },
    ],
    claimId: 'alliance-plans-arden-office',
  },
} satisfies Record<string, QuestionSpec>;

export interface SetSpec {
  /** All four fixture questions unless given. */
  questions?: QuestionSpec[];
  /** True unless given. */
  published?: boolean;
  feedback?: FeedbackTiming;
  shuffleQuestions?: boolean;
  shuffleOptions?: boolean;
  drawCount?: number | null;
  /** ANONYMOUS unless given. */
  identity?: LearnerIdentity;
  /** The class list's text, parsed as the settings parse it; a join code is made with it. */
  roster?: string;
  attemptsAllowed?: number | null;
  timeLimitSeconds?: number | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
  /** False unless given: most tests mark typed answers exactly. */
  acceptNearMisses?: boolean;
}

/** A set titled "Arden quiz", with its questions, claim links and share link. */
export function makeSet(
  prisma: Db,
  ownerId: string,
  {
    questions = Object.values(fixtureQuestions),
    published = true,
    feedback = 'AFTER_EACH_QUESTION',
    shuffleQuestions = false,
    shuffleOptions = false,
    drawCount = null,
    identity = 'ANONYMOUS',
    roster,
    attemptsAllowed = null,
    timeLimitSeconds = null,
    opensAt = null,
    closesAt = null,
    acceptNearMisses = false,
  }: SetSpec = {},
) {
  return prisma.questionSet.create({
    data: {
      ownerId,
      title: 'Arden quiz',
      shareSlug: randomBytes(8).toString('base64url'),
      publishedAt: published ? new Date() : null,
      feedback,
      shuffleQuestions,
      shuffleOptions,
      drawCount,
      identity,
      roster: roster ? parseRoster(roster).map((e) => ({ ...e })) : [],
      joinCode: roster ? newJoinCode() : null,
      attemptsAllowed,
      timeLimitSeconds,
      opensAt,
      closesAt,
      acceptNearMisses,
      questions: {
        create: questions.map((q, position) => ({
          position,
          type: q.type,
          prompt: q.prompt,
          options: (q.options ?? []) as Prisma.InputJsonValue,
          acceptedAnswers: q.acceptedAnswers ?? [],
          rivalAnswers: q.rivalAnswers ?? [],
          explanation: `EXPLANATION-${q.claimId}`,
          stableId: `stable-${position}`,
          evidence: [
            {
              claimId: q.claimId,
              sourceId: 'gazette',
              sourceTitle: 'Alliance to open Arden office',
              publisher: null,
              quote: `QUOTE-${q.claimId}`,
              start: 0,
              end: 7,
            },
          ],
          claims: { create: [{ claimId: q.claimId, fingerprint: 'f' }] },
        })),
      },
    },
    include: { questions: { orderBy: { position: 'asc' } } },
  });
}
