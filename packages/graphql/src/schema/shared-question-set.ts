import { findSharedSet, type SharedSet } from '@attest/classroom';
import { builder } from '../builder.ts';
import { SetRules } from './set-rules.ts';

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
  interfaces: [SetRules],
  fields: (t) => ({
    slug: t.exposeString('slug', { description: "Its share link's slug." }),
    title: t.exposeString('title', { description: 'Its title.' }),
    description: t.exposeString('description', {
      description: 'Its description for learners; empty if none.',
    }),
    questionCount: t.exposeInt('questionCount', { description: 'Questions per attempt.' }),
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
