import {
  createQuestionSet,
  deleteQuestionSet,
  duplicateQuestionSet,
  publishQuestionSet,
  type RosterEntry,
  readRoster,
  unpublishQuestionSet,
  updateQuestionSet,
} from '@attest/classroom';
import type { QuestionSet as QuestionSetRow } from '@attest/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { viewerId } from '../classroom/viewer-id.ts';

export const FeedbackTimingEnum = builder.enumType('FeedbackTiming', {
  values: {
    AFTER_EACH_QUESTION: {
      description: 'Once each question is answered (answers are then final).',
    },
    AT_END: { description: 'Once the attempt is finished.' },
    AFTER_CLOSE: { description: "Once the set's close date has passed (needs closesAt)." },
    NEVER: { description: 'Never to the learner; the owner always sees everything.' },
  } as const,
  description:
    'When a learner sees right answers, explanations and evidence. The API returns none of them before then.',
});

export const LearnerIdentityEnum = builder.enumType('LearnerIdentity', {
  values: {
    ANONYMOUS: {
      description:
        'Nothing asked; attempts are counted per account when signed in, else per browser (startAttempt\'s "browser").',
    },
    NAME: { description: 'A name, and optionally a student ID, typed before starting.' },
    SIGNED_IN: { description: 'Signed-in learners only; the owner sees their account name.' },
    ROSTER: {
      description:
        'The class list the owner pasted: the learner gives the join code and their student ID (or their name, for entries without one).',
    },
  } as const,
  description: 'How a set knows who takes it; also what its attempt limit counts by.',
});

const RosterEntryRef = builder.objectRef<RosterEntry>('RosterEntry').implement({
  description: "A learner on a set's class list.",
  fields: (t) => ({
    name: t.exposeString('name'),
    studentId: t.exposeString('studentId', { nullable: true }),
  }),
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
    askName: t.boolean({
      deprecationReason: 'Use identity (NAME).',
      resolve: (set) => set.identity === 'NAME',
    }),
    identity: t.expose('identity', { type: LearnerIdentityEnum }),
    roster: t.field({
      type: [RosterEntryRef],
      description: 'The class list (identity ROSTER).',
      resolve: (set) => readRoster(set.roster),
    }),
    joinCode: t.exposeString('joinCode', {
      nullable: true,
      description: 'What rostered learners type to start; made with the first class list.',
    }),
    attemptsAllowed: t.exposeInt('attemptsAllowed', {
      nullable: true,
      description: 'Attempts per learner; null allows any number.',
    }),
    timeLimitSeconds: t.exposeInt('timeLimitSeconds', {
      nullable: true,
      description: 'The time limit of one attempt, enforced by the server; null has none.',
    }),
    opensAt: t.expose('opensAt', { type: 'DateTime', nullable: true }),
    closesAt: t.expose('closesAt', { type: 'DateTime', nullable: true }),
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
      deprecationReason: 'Use identity: true is NAME, false is ANONYMOUS.',
    }),
    identity: t.field({ type: LearnerIdentityEnum }),
    roster: t.string({
      description:
        'The class list, one learner a line: the name, then optionally a tab, semicolon or comma and the student ID. Replaces the list; the join code stays.',
    }),
    attemptsAllowed: t.int({
      description: 'Attempts per learner (1–100); null allows any number.',
    }),
    timeLimitSeconds: t.int({
      description: 'Time limit of one attempt in seconds (60 to 604800); null has none.',
    }),
    opensAt: t.field({
      type: 'DateTime',
      description: 'No attempt starts before; null: open now.',
    }),
    closesAt: t.field({
      type: 'DateTime',
      description:
        'No attempt starts from then, and answers stop counting then; null: never closes.',
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
        identity: true,
        roster: true,
        joinCode: true,
        attemptsAllowed: true,
        timeLimitSeconds: true,
        opensAt: true,
        closesAt: true,
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
                identity:
                  settings.identity ??
                  (settings.askName == null ? undefined : settings.askName ? 'NAME' : 'ANONYMOUS'),
                roster: settings.roster ?? undefined,
                // Explicit nulls lift a rule; left out keeps it.
                attemptsAllowed: settings.attemptsAllowed,
                timeLimitSeconds: settings.timeLimitSeconds,
                opensAt: settings.opensAt,
                closesAt: settings.closesAt,
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
