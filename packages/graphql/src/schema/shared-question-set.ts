import { findSharedSet, type SharedSet } from '@attest/classroom';
import { builder } from '../builder.ts';
import { FeedbackTimingEnum } from './question-set.ts';

/** What anyone with a share link sees of a published set: no questions, no answers. */
export const SharedQuestionSet = builder.objectRef<SharedSet>('SharedQuestionSet').implement({
  description: 'A published set as seen through its share link, before starting an attempt.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    questionCount: t.exposeInt('questionCount', { description: 'Questions per attempt.' }),
    feedback: t.expose('feedback', { type: FeedbackTimingEnum }),
    askName: t.exposeBoolean('askName', {
      description:
        'The learner must give a name to start (startAttempt\'s "name"); the set\'s owner sees it.',
    }),
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
