import {
  createQuestionSet,
  deleteQuestionSet,
  duplicateQuestionSet,
  publishQuestionSet,
  unpublishQuestionSet,
  updateQuestionSet,
} from '@attest/classroom';
import type { QuestionSet as QuestionSetRow } from '@attest/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { viewerId } from '../classroom/viewer-id.ts';

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
    askName: t.exposeBoolean('askName', {
      description: 'Learners give their name before starting; the owner sees it with the attempt.',
    }),
  }),
});

const QuestionSetSettingsInput = builder.inputType('QuestionSetSettingsInput', {
  description: 'Settings to change; those left out stay as they are.',
  fields: (t) => ({
    shuffleQuestions: t.boolean(),
    shuffleOptions: t.boolean(),
    drawCount: t.int({
      description:
        'Questions drawn at random per attempt (1 to the number of questions); null asks them all.',
    }),
    feedback: t.field({ type: FeedbackTimingEnum }),
    askName: t.boolean({
      description: 'Ask learners for their name before starting (shown to you with the attempt).',
    }),
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
      select: {
        shuffleQuestions: true,
        shuffleOptions: true,
        drawCount: true,
        feedback: true,
        askName: true,
      },
      resolve: (set) => set as QuestionSetRow,
    }),
    questions: t.relation('questions', { query: { orderBy: { position: 'asc' } } }),
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
        where: { ownerId: viewerId(ctx), deletedAt: null },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);

builder.mutationFields((t) => {
  const setId = () => t.arg.globalID({ for: QuestionSet, required: true });
  return {
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
    updateQuestionSet: t.prismaField({
      type: 'QuestionSet',
      authScopes: { signedIn: true },
      description: 'Renames, describes or changes settings; arguments left out stay as they are.',
      args: {
        id: setId(),
        title: t.arg.string(),
        description: t.arg.string(),
        settings: t.arg({ type: QuestionSetSettingsInput }),
      },
      resolve: async (query, _root, { id, title, description, settings }, ctx) => {
        await updateQuestionSet(ctx.prisma, viewerId(ctx), id.id, {
          title: title ?? undefined,
          description: description ?? undefined,
          settings: settings
            ? {
                shuffleQuestions: settings.shuffleQuestions ?? undefined,
                shuffleOptions: settings.shuffleOptions ?? undefined,
                // An explicit null asks every question; left out keeps the current count.
                drawCount: settings.drawCount,
                feedback: settings.feedback ?? undefined,
                askName: settings.askName ?? undefined,
              }
            : undefined,
        });
        return ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: id.id } });
      },
    }),
    deleteQuestionSet: t.id({
      authScopes: { signedIn: true },
      description: 'Deletes a set (softly: its attempts are kept). Returns its ID.',
      args: { id: setId() },
      resolve: async (_root, { id }, ctx) => {
        await deleteQuestionSet(ctx.prisma, viewerId(ctx), id.id);
        return encodeGlobalID('QuestionSet', id.id);
      },
    }),
    duplicateQuestionSet: t.prismaField({
      type: 'QuestionSet',
      authScopes: { signedIn: true },
      description: 'A copy with the same questions, titled "… (copy)", unpublished.',
      args: { id: setId() },
      resolve: async (query, _root, { id }, ctx) => {
        const copy = await duplicateQuestionSet(ctx.prisma, viewerId(ctx), id.id);
        return ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: copy.id } });
      },
    }),
    publishQuestionSet: t.prismaField({
      type: 'QuestionSet',
      authScopes: { signedIn: true },
      description:
        'Opens the set on its share link. Refused (INVALID_QUESTION_SET) naming each bad question.',
      args: { id: setId() },
      resolve: async (query, _root, { id }, ctx) => {
        await publishQuestionSet(ctx.prisma, viewerId(ctx), id.id);
        return ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: id.id } });
      },
    }),
    unpublishQuestionSet: t.prismaField({
      type: 'QuestionSet',
      authScopes: { signedIn: true },
      description: 'Closes the share link (kept for publishing again).',
      args: { id: setId() },
      resolve: async (query, _root, { id }, ctx) => {
        await unpublishQuestionSet(ctx.prisma, viewerId(ctx), id.id);
        return ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: id.id } });
      },
    }),
  };
});
