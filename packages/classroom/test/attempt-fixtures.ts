import { randomBytes } from 'node:crypto';
import type { FeedbackTiming, Prisma, PrismaClient } from '@attest/db';

export const makeUser = (prisma: PrismaClient, name: string) =>
  prisma.user.create({
    data: {
      id: `u-${randomBytes(6).toString('hex')}`,
      name,
      email: `${name}-${randomBytes(4).toString('hex')}@example.org`,
    },
  });

interface QuestionSpec {
  type: 'SINGLE_CHOICE' | 'MULTI_SELECT' | 'TRUE_FALSE' | 'FILL_IN';
  prompt: string;
  options?: { id: string; text: string; correct: boolean }[];
  acceptedAnswers?: string[];
  claimId: string;
}

/** Four questions on the mini knowledge base, one of each kind; explanation texts are unique. */
export const fourQuestions: QuestionSpec[] = [
  {
    type: 'SINGLE_CHOICE',
    prompt: 'Who vetoed the office in Arden?',
    options: [
      { id: 'k', text: 'Karl Tesk', correct: true },
      { id: 'l', text: 'Tomas Berg', correct: false },
      { id: 'm', text: 'Mira Holm', correct: false },
    ],
    claimId: 'tesk-blocked-arden-office',
  },
  {
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
  {
    type: 'FILL_IN',
    prompt: 'Who said the office would open next year?',
    acceptedAnswers: ['Ana Lindström'],
    claimId: 'lindstrom-said-next-year',
  },
  {
    type: 'TRUE_FALSE',
    prompt: 'The Alliance plans to open an office in Arden.',
    options: [
      { id: 't', text: 'True', correct: true },
      { id: 'f', text: 'False', correct: false },
    ],
    claimId: 'alliance-plans-arden-office',
  },
];

export async function makeSet(
  prisma: PrismaClient,
  ownerId: string,
  {
    questions = fourQuestions,
    published = true,
    feedback = 'AFTER_EACH_QUESTION',
    shuffleQuestions = false,
    shuffleOptions = false,
    drawCount = null,
  }: {
    questions?: QuestionSpec[];
    published?: boolean;
    feedback?: FeedbackTiming;
    shuffleQuestions?: boolean;
    shuffleOptions?: boolean;
    drawCount?: number | null;
  } = {},
) {
  const slug = randomBytes(8).toString('base64url');
  return prisma.questionSet.create({
    data: {
      ownerId,
      title: 'Arden quiz',
      shareSlug: slug,
      publishedAt: published ? new Date() : null,
      feedback,
      shuffleQuestions,
      shuffleOptions,
      drawCount,
      questions: {
        create: questions.map((q, position) => ({
          position,
          type: q.type,
          prompt: q.prompt,
          options: (q.options ?? []) as Prisma.InputJsonValue,
          acceptedAnswers: q.acceptedAnswers ?? [],
          explanation: `EXPLANATION-${position}`,
          stableId: `stable-${position}`,
          evidence: [
            {
              claimId: q.claimId,
              sourceId: 'gazette',
              sourceTitle: 'The Gazette',
              publisher: null,
              quote: `QUOTE-${position}`,
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
