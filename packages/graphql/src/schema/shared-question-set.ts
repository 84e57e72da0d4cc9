import { findSharedSet, type SharedSet } from '@attest/classroom';
import { builder } from '../builder.ts';
import { FeedbackTimingEnum, LearnerIdentityEnum } from './question-set.ts';

export const SharedSetStateEnum = builder.enumType('SharedSetState', {
  values: {
    OPEN: { description: 'An attempt may start now.' },
    NOT_YET_OPEN: { description: 'Before opensAt: startAttempt answers SET_NOT_OPEN.' },
    CLOSED: { description: 'From closesAt: startAttempt answers SET_CLOSED.' },
  } as const,
  description: 'Whether an attempt may start now: before opensAt, from closesAt, or between.',
});

/** What anyone with a share link sees of a published set: no questions, no answers. */
export const SharedQuestionSet = builder.objectRef<SharedSet>('SharedQuestionSet').implement({
  description:
    'A published set as seen through its share link, before starting an attempt: its rules, and what will be shared with its owner (identity).',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: "Its share link's slug." }),
    title: t.exposeString('title', { description: 'Its title.' }),
    description: t.exposeString('description', {
      description: 'Its description for learners; empty if none.',
    }),
    questionCount: t.exposeInt('questionCount', { description: 'Questions per attempt.' }),
    feedback: t.expose('feedback', {
      type: FeedbackTimingEnum,
      description: 'When the learner will see right answers.',
    }),
    askName: t.boolean({
      deprecationReason: 'Use identity (NAME).',
      description: 'Whether identity is NAME.',
      resolve: (set) => set.identity === 'NAME',
    }),
    identity: t.expose('identity', {
      type: LearnerIdentityEnum,
      description:
        "What startAttempt needs and the set's owner sees: nothing (ANONYMOUS), the name and optional student ID (NAME), the account's name (SIGNED_IN), or the class list's entry (ROSTER: joinCode and studentId).",
    }),
    attemptsAllowed: t.exposeInt('attemptsAllowed', {
      nullable: true,
      description: 'Attempts per learner; null allows any number.',
    }),
    timeLimitSeconds: t.exposeInt('timeLimitSeconds', {
      nullable: true,
      description: 'Seconds one attempt may take; null has no limit.',
    }),
    opensAt: t.expose('opensAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When attempts may start; null: open now.',
    }),
    closesAt: t.expose('closesAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When attempts stop starting and answers stop counting; null: never.',
    }),
    state: t.expose('state', {
      type: SharedSetStateEnum,
      description: 'Whether one may start now.',
    }),
  }),
});

builder.queryField('sharedQuestionSet', (t) =>
  t.field({
    type: SharedQuestionSet,
    nullable: true,
    description:
      'A published set by its share link; NOT_FOUND for unknown, unpublished and deleted sets alike.',
    args: { slug: t.arg.string({ required: true, description: "The share link's slug." }) },
    resolve: (_root, { slug }, ctx) => findSharedSet(ctx.prisma, slug),
  }),
);
