import { randomBytes } from 'node:crypto';
import type { FeedbackTiming, Prisma } from '@attest/db';
import type { GraphQLResponse, TestApi } from './harness.ts';

/** Signs a new person up; their cookie, and their user ID. */
export async function signUp(t: TestApi, name: string) {
  const response = await t.api.fetch('http://attest/api/auth/sign-up/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://attest' },
    body: JSON.stringify({
      name,
      email: `${name}-${randomBytes(4).toString('hex')}@example.org`,
      password: 'a long enough password',
    }),
  });
  const body = (await response.json()) as { user: { id: string } };
  return {
    cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    id: body.user.id,
  };
}

/** A GraphQL request, signed in when a cookie is given. */
export async function gqlAs<T = Record<string, unknown>>(
  t: TestApi,
  cookie: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await t.api.fetch('http://attest/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

interface QuestionSpec {
  type: 'SINGLE_CHOICE' | 'MULTI_SELECT' | 'TRUE_FALSE' | 'FILL_IN';
  prompt: string;
  options?: { id: string; text: string; correct: boolean }[];
  acceptedAnswers?: string[];
  claimId: string;
}

/** Questions on the mini knowledge base; explanations and quotes are unique, findable texts. */
export const questions = {
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

/** A published set written straight to the database (the set mutations are tested elsewhere). */
export async function makeSet(
  t: TestApi,
  ownerId: string,
  specs: QuestionSpec[],
  feedback: FeedbackTiming = 'AFTER_EACH_QUESTION',
) {
  return t.db.prisma.questionSet.create({
    data: {
      ownerId,
      title: 'Arden quiz',
      shareSlug: randomBytes(8).toString('base64url'),
      publishedAt: new Date(),
      feedback,
      questions: {
        create: specs.map((q, position) => ({
          position,
          type: q.type,
          prompt: q.prompt,
          options: (q.options ?? []) as Prisma.InputJsonValue,
          acceptedAnswers: q.acceptedAnswers ?? [],
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
