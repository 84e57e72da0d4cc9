import { findSharedSet, type SharedSet } from '@attest/classroom';
import { builder } from '../builder.ts';
import { FeedbackTimingEnum, LearnerIdentityEnum } from './question-set.ts';

export const SharedSetStateEnum = builder.enumType('SharedSetState', {
  values: ['OPEN', 'NOT_YET_OPEN', 'CLOSED'] as const,
  description: 'Whether an attempt may start now: before opensAt, from closesAt, or between.',
});

/** What anyone with a share link sees of a published set: no questions, no answers. */
export const SharedQuestionSet = builder.objectRef<SharedSet>('SharedQuestionSet').implement({
  description:
    'A published set as seen through its share link, before starting an attempt: its rules, and what will be shared with its owner (identity).',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    questionCount: t.exposeInt('questionCount', { description: 'Questions per attempt.' }),
    feedback: t.expose('feedback', { type: FeedbackTimingEnum }),
    askName: t.boolean({
      deprecationReason: 'Use identity (NAME).',
      resolve: (set) => set.identity === 'NAME',
    }),
    identity: t.expose('identity', {
      type: LearnerIdentityEnum,
      description:
        "What startAttempt needs and the set's owner sees: nothing (ANONYMOUS), the name and optional student ID (NAME), the account's name (SIGNED_IN), or the class list's entry (ROSTER: joinCode and studentId).",
    }),
    attemptsAllowed: t.exposeInt('attemptsAllowed', { nullable: true }),
    timeLimitSeconds: t.exposeInt('timeLimitSeconds', { nullable: true }),
    opensAt: t.expose('opensAt', { type: 'DateTime', nullable: true }),
    closesAt: t.expose('closesAt', { type: 'DateTime', nullable: true }),
    state: t.expose('state', { type: SharedSetStateEnum }),
  }),
});

builder.queryField('sharedQuestionSet', (t) =>
  t.field({
    type: SharedQuestionSet,
    nullable: true,
    description:
      'A published set by its share link; NOT_FOUND for unknown, unpublished and deleted sets alike.',
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_root, { slug }, ctx) => findSharedSet(ctx.prisma, slug),
  }),
);
