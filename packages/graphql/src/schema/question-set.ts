import {
  createQuestionSet,
  deleteQuestionSet,
  duplicateQuestionSet,
  publishQuestionSet,
  type RosterEntry,
  readRoster,
  refreshRivalAnswers,
  unpublishQuestionSet,
  updateQuestionSet,
} from '@attest/classroom';
import type { QuestionSet as QuestionSetRow } from '@attest/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { readableBase } from '../classroom/rival-base.ts';
import { viewerId } from '../classroom/viewer-id.ts';
import { SetRules } from './set-rules.ts';

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
    name: t.exposeString('name', { description: 'Their name as on the list.' }),
    studentId: t.exposeString('studentId', {
      nullable: true,
      description: 'Their student ID; null when the list gives none.',
    }),
  }),
});

const QuestionSetSettings = builder.objectRef<QuestionSetRow>('QuestionSetSettings').implement({
  description: 'How a set is taken: order, feedback, who may take it, how often and when.',
  interfaces: [SetRules],
  fields: (t) => ({
    shuffleQuestions: t.exposeBoolean('shuffleQuestions', {
      description: 'Each attempt asks the questions in its own random order.',
    }),
    shuffleOptions: t.exposeBoolean('shuffleOptions', {
      description: 'Each attempt shows the options of each question in its own random order.',
    }),
    drawCount: t.exposeInt('drawCount', {
      nullable: true,
      description: 'Questions drawn at random per attempt; null asks them all.',
    }),
    roster: t.field({
      type: [RosterEntryRef],
      description: 'The class list (identity ROSTER).',
      resolve: (set) => readRoster(set.roster),
    }),
    joinCode: t.exposeString('joinCode', {
      nullable: true,
      description: 'What rostered learners type to start; made with the first class list.',
    }),
    acceptNearMisses: t.exposeBoolean('acceptNearMisses', {
      description:
        'A typed name a letter or two off a right one ("Stoltenburg") earns full credit, the answer marked almost with the right spelling, unless another actor\'s name is as close: a different person with a similar name is never accepted. On by default for new sets (a teacher asking who leads NATO is testing that, not spelling, and the quick quiz forgives the same slips); off for sets made before the setting existed.',
    }),
  }),
});

const QuestionSetSettingsInput = builder.inputType('QuestionSetSettingsInput', {
  description: 'Settings to change; those left out stay as they are.',
  fields: (t) => ({
    shuffleQuestions: t.boolean({
      description: 'Each attempt asks the questions in its own random order.',
    }),
    shuffleOptions: t.boolean({
      description: 'Each attempt shows the options in its own random order.',
    }),
    drawCount: t.int({
      description:
        'Questions drawn at random per attempt (1 to the number of questions); null asks them all.',
    }),
    feedback: t.field({
      type: FeedbackTimingEnum,
      description: 'When learners see right answers (AFTER_CLOSE needs closesAt).',
    }),
    askName: t.boolean({
      deprecationReason: 'Use identity: true is NAME, false is ANONYMOUS.',
      description: 'true: identity NAME; false: ANONYMOUS. identity wins when both are given.',
    }),
    identity: t.field({
      type: LearnerIdentityEnum,
      description: 'How the set knows who takes it.',
    }),
    roster: t.string({
      description:
        'The class list, one learner a line: the name, then optionally a tab, semicolon or comma and the student ID. Replaces the list; the join code stays. Up to 200,000 characters.',
    }),
    attemptsAllowed: t.int({
      description: 'Attempts per learner (1–100); null allows any number.',
    }),
    timeLimitSeconds: t.int({
      description: 'Time limit of one attempt in seconds (60 to 604800); null has none.',
    }),
    acceptNearMisses: t.boolean({
      description:
        "Credit typed names a letter or two off a right one, marked almost (never a different person with a similar name). Attempts already begun keep the rule they began with. Turning it on works out again the fill-in questions' rivalAnswers from their claims' collections.",
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
    title: t.exposeString('title', { description: 'Its title.' }),
    description: t.exposeString('description', {
      description: 'Its description for learners (empty if none).',
    }),
    published: t.boolean({
      description: 'Whether it is open on its share link.',
      select: { publishedAt: true },
      resolve: (set) => set.publishedAt !== null,
    }),
    shareSlug: t.exposeString('shareSlug', {
      nullable: true,
      description: 'The share link, made at first publishing and kept after.',
    }),
    settings: t.field({
      type: QuestionSetSettings,
      description: 'How it is taken.',
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
        acceptNearMisses: true,
        opensAt: true,
        closesAt: true,
      },
      resolve: (set) => set as QuestionSetRow,
    }),
    questions: t.relation('questions', {
      query: { orderBy: { position: 'asc' } },
      description: 'Its questions, in order.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.queryField('myQuestionSets', (t) =>
  t.prismaField({
    type: ['QuestionSet'],
    authScopes: { signedIn: true },
    description:
      "The viewer's question sets, newest first (deleted ones left out). UNAUTHENTICATED when signed out.",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.questionSet.findMany({
        ...query,
        where: { ownerId: viewerId(ctx), deletedAt: null },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);

builder.mutationFields((t) => {
  const setId = () =>
    t.arg.globalID({
      for: QuestionSet,
      required: true,
      description: "The set (the viewer's own).",
    });
  return {
    createQuestionSet: t.prismaField({
      type: 'QuestionSet',
      authScopes: { signedIn: true },
      description:
        'A new, empty, unpublished set owned by the viewer. Errors: UNAUTHENTICATED; BAD_USER_INPUT (title empty or over 200 characters, description over 2,000).',
      args: {
        title: t.arg.string({ required: true, description: 'Its title: 1 to 200 characters.' }),
        description: t.arg.string({
          description: 'Its description for learners: up to 2,000 characters.',
        }),
      },
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
      description:
        'Renames, describes or changes settings; arguments left out stay as they are. Errors: UNAUTHENTICATED; NOT_FOUND (the viewer owns no set with this ID); BAD_USER_INPUT (naming the value: out of range, drawCount over the question count, closesAt not after opensAt…).',
      args: {
        id: setId(),
        title: t.arg.string({ description: 'A new title: 1 to 200 characters.' }),
        description: t.arg.string({ description: 'A new description: up to 2,000 characters.' }),
        settings: t.arg({ type: QuestionSetSettingsInput, description: 'Settings to change.' }),
      },
      resolve: async (query, _root, { id, title, description, settings }, ctx) => {
        const turnsOnNearMisses =
          settings?.acceptNearMisses === true &&
          (
            await ctx.prisma.questionSet.findFirst({
              where: { id: id.id, ownerId: viewerId(ctx) },
              select: { acceptNearMisses: true },
            })
          )?.acceptNearMisses === false;
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
                acceptNearMisses: settings.acceptNearMisses ?? undefined,
                opensAt: settings.opensAt,
                closesAt: settings.closesAt,
              }
            : undefined,
        });
        // Questions stored while it was off may lack their rival names (sets older than the
        // setting): worked out again from their claims' collections, so no lookalike is credited.
        if (turnsOnNearMisses)
          await refreshRivalAnswers(ctx.prisma, viewerId(ctx), id.id, (c) => readableBase(ctx, c));
        return ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: id.id } });
      },
    }),
    deleteQuestionSet: t.id({
      authScopes: { signedIn: true },
      description:
        'Deletes a set (softly: its attempts are kept). Returns its ID. Errors: UNAUTHENTICATED; NOT_FOUND (the viewer owns no set with this ID).',
      args: { id: setId() },
      resolve: async (_root, { id }, ctx) => {
        await deleteQuestionSet(ctx.prisma, viewerId(ctx), id.id);
        return encodeGlobalID('QuestionSet', id.id);
      },
    }),
    duplicateQuestionSet: t.prismaField({
      type: 'QuestionSet',
      authScopes: { signedIn: true },
      description:
        'A copy with the same questions, titled "… (copy)", unpublished. Errors: UNAUTHENTICATED; NOT_FOUND (the viewer owns no set with this ID).',
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
        'Opens the set on its share link. Refused (INVALID_QUESTION_SET) naming each bad question. Also UNAUTHENTICATED, NOT_FOUND.',
      args: { id: setId() },
      resolve: async (query, _root, { id }, ctx) => {
        await publishQuestionSet(ctx.prisma, viewerId(ctx), id.id);
        return ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: id.id } });
      },
    }),
    unpublishQuestionSet: t.prismaField({
      type: 'QuestionSet',
      authScopes: { signedIn: true },
      description:
        'Closes the share link (kept for publishing again). Errors: UNAUTHENTICATED; NOT_FOUND (the viewer owns no set with this ID).',
      args: { id: setId() },
      resolve: async (query, _root, { id }, ctx) => {
        await unpublishQuestionSet(ctx.prisma, viewerId(ctx), id.id);
        return ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: id.id } });
      },
    }),
  };
});
