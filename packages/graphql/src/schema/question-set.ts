import { createQuestionSet } from '@attest/classroom';
import type { QuestionSet as QuestionSetRow } from '@attest/db';
import { builder } from '../builder.ts';

export const FeedbackTimingEnum = builder.enumType('FeedbackTiming', {
  values: ['AFTER_EACH_QUESTION', 'AT_END'] as const,
  description:
    'When a learner sees whether an answer was right: after each question, or at the end.',
});

const QuestionSetSettings = builder.objectRef<QuestionSetRow>('QuestionSetSettings').implement({
  fields: (t) => ({
    shuffleQuestions: t.exposeBoolean('shuffleQuestions'),
    shuffleOptions: t.exposeBoolean('shuffleOptions'),
    drawCount: t.exposeInt('drawCount', {
      nullable: true,
      description: 'Questions drawn at random per attempt; null asks them all.',
    }),
    feedback: t.expose('feedback', { type: FeedbackTimingEnum }),
  }),
});

/** The viewer's live sets only: anyone else's, or a deleted one, loads like an unknown ID. */
export const QuestionSet = builder.prismaNode('QuestionSet', {
  id: { field: 'id' },
  description: "An instructor's set of questions. Visible to its owner only.",
  findUnique: (id, ctx) => ({ id, ownerId: ctx.viewer?.id ?? '', deletedAt: null }),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    published: t.boolean({
      select: { publishedAt: true },
      resolve: (set) => set.publishedAt !== null,
    }),
    shareSlug: t.exposeString('shareSlug', {
      nullable: true,
      description: 'The share link, made at first publishing and kept after.',
    }),
    settings: t.field({
      type: QuestionSetSettings,
      select: { shuffleQuestions: true, shuffleOptions: true, drawCount: true, feedback: true },
      resolve: (set) => set as QuestionSetRow,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('myQuestionSets', (t) =>
  t.prismaField({
    type: ['QuestionSet'],
    authScopes: { signedIn: true },
    description: "The viewer's question sets, newest first (deleted ones left out).",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.questionSet.findMany({
        ...query,
        where: { ownerId: ctx.viewer?.id ?? '', deletedAt: null },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);

builder.mutationFields((t) => ({
  createQuestionSet: t.prismaField({
    type: 'QuestionSet',
    authScopes: { signedIn: true },
    args: { title: t.arg.string({ required: true }), description: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      const set = await createQuestionSet(ctx.prisma, viewerId(ctx), {
        title: args.title,
        description: args.description ?? undefined,
      });
      return ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: set.id } });
    },
  }),
}));

/** The signed-in viewer's ID; only called behind the `signedIn` scope. */
export function viewerId(ctx: { viewer: { id: string } | null }): string {
  if (!ctx.viewer) throw new Error('viewerId called without a viewer');
  return ctx.viewer.id;
}
