import {
  addGeneratedQuestions,
  addQuestion,
  HAND_WRITTEN_TYPES,
  questionStatus,
  readEvidence,
  readOptions,
  removeQuestion,
  reorderQuestions,
  storedQuestionProblems,
  updateQuestion,
} from '@attest/classroom';
import { AttestError } from '@attest/errors';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { claimsById } from '../claims/claims-by-id.ts';
import { claimStates } from '../classroom/claim-states.ts';
import { rivalBase } from '../classroom/rival-base.ts';
import { viewerId } from '../classroom/viewer-id.ts';
import { quizCollection } from '../collections/access.ts';
import { currentKnowledgeBase } from '../quiz/knowledge-cache.ts';
import { Claim } from './claim.ts';
import { Collection } from './collection.ts';
import { QuestionSet } from './question-set.ts';
import { QuestionEvidence, QuestionTypeEnum } from './quiz.ts';

const SetQuestionStatusEnum = builder.enumType('SetQuestionStatus', {
  description: "How a stored question's claims compare with the knowledge base now.",
  values: {
    CURRENT: { description: 'Its claims are as they were when it was added.' },
    CLAIM_CHANGED: { description: 'A claim it rests on has changed (wording, value, evidence).' },
    CLAIM_DISPUTED: { description: 'A claim it rests on is disputed since it was added.' },
    CLAIM_REMOVED: { description: 'A claim it rests on is no longer in the knowledge base.' },
  } as const,
});

const SetOption = builder
  .objectRef<{ id: string; text: string; correct: boolean }>('SetOption')
  .implement({
    description: 'One option of a stored question, with whether it is right.',
    fields: (t) => ({
      id: t.exposeString('id', { description: 'Stable within the question.' }),
      text: t.exposeString('text', { description: 'The option as shown.' }),
      correct: t.exposeBoolean('correct', { description: 'Whether picking it is right.' }),
    }),
  });

/** A question in one of the viewer's live sets; anyone else's loads like an unknown ID. */
export const SetQuestion = builder.prismaNode('SetQuestion', {
  id: { field: 'id' },
  description:
    'A stored question: a snapshot of what learners see, with links to the claims it rests on.',
  findUnique: (id, ctx) => ({ id, set: { ownerId: ctx.viewer?.id ?? '', deletedAt: null } }),
  fields: (t) => ({
    position: t.exposeInt('position', { description: '1 for the first question.' }),
    type: t.field({
      type: QuestionTypeEnum,
      description: 'Its format.',
      select: { type: true },
      resolve: (q) => q.type,
    }),
    prompt: t.exposeString('prompt', { description: 'The question as asked.' }),
    options: t.field({
      type: [SetOption],
      description: 'Its options, in stored order; empty for fill-in.',
      select: { options: true },
      resolve: (q) => readOptions(q.options),
    }),
    acceptedAnswers: t.exposeStringList('acceptedAnswers', {
      description: 'Typed answers that count (fill-in).',
    }),
    rivalAnswers: t.exposeStringList('rivalAnswers', {
      description:
        "Fill-in: other actors' names near an accepted answer, never credited as a slip of it (made from the knowledge base when the question was added or edited: a generated question's collection, a hand-written one's linked claims' collection; empty without one).",
    }),
    explanation: t.exposeString('explanation', {
      description: 'Why the answer is right, shown as feedback allows; empty if none.',
    }),
    stableId: t.exposeString('stableId', {
      description:
        "The engine's question ID, or a digest of the hand-written content; exports carry it.",
    }),
    claims: t.prismaField({
      type: ['Claim'],
      description: 'The claims it rests on that are still in the knowledge base.',
      select: { claims: { select: { claimId: true } } },
      resolve: (query, q, _args, ctx) =>
        claimsById(
          ctx,
          query,
          q.claims.map((l) => l.claimId),
        ),
    }),
    evidence: t.field({
      type: [QuestionEvidence],
      description: 'The quotes behind it, as they were when it was added.',
      select: { evidence: true },
      resolve: (q) => readEvidence(q.evidence),
    }),
    status: t.field({
      type: SetQuestionStatusEnum,
      description: 'How its claims compare with the knowledge base now.',
      select: { claims: { select: { claimId: true, fingerprint: true } } },
      resolve: async (q, _args, ctx) =>
        questionStatus(q.claims, await claimStates(ctx)(q.claims.map((l) => l.claimId))),
    }),
    problems: t.stringList({
      description: 'What would stop the set from being published; empty when fine.',
      select: { type: true, prompt: true, options: true, acceptedAnswers: true },
      resolve: (q) => storedQuestionProblems(q),
    }),
  }),
});

const SetOptionInput = builder.inputType('SetOptionInput', {
  description: 'One option of a hand-written question.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The option as shown: up to 300 characters.' }),
    correct: t.boolean({ required: true, description: 'Whether picking it is right.' }),
  }),
});

const SetQuestionInput = builder.inputType('SetQuestionInput', {
  description: `A hand-written question: ${HAND_WRITTEN_TYPES.join(', ')}. Fill-in takes acceptedAnswers; the others options.`,
  fields: (t) => ({
    type: t.field({
      type: QuestionTypeEnum,
      required: true,
      description: `Its format: ${HAND_WRITTEN_TYPES.join(', ')} (others are BAD_USER_INPUT).`,
    }),
    prompt: t.string({ required: true, description: 'The question: up to 1,000 characters.' }),
    options: t.field({ type: [SetOptionInput], description: 'Its options: up to 20.' }),
    acceptedAnswers: t.stringList({
      description: 'Typed answers that count (fill-in): up to 20, each up to 300 characters.',
    }),
    explanation: t.string({ description: 'Why the answer is right: up to 4,000 characters.' }),
    claimIds: t.globalIDList({
      for: Claim,
      description:
        'Claims it rests on (up to 20; unknown ones are BAD_USER_INPUT); their evidence is kept with the question.',
    }),
  }),
});

type QuestionInputArg = typeof SetQuestionInput.$inferInput;

const toQuestionInput = (q: QuestionInputArg) => ({
  type: q.type as (typeof HAND_WRITTEN_TYPES)[number],
  prompt: q.prompt,
  options: q.options ?? undefined,
  acceptedAnswers: q.acceptedAnswers ?? undefined,
  explanation: q.explanation ?? undefined,
  claimIds: q.claimIds?.map((c) => c.id),
});

/** Unknown claims named as the client sent them: global IDs, not database ones. */
async function withClaimIds<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const unknown = error instanceof AttestError ? error.details.unknownClaimIds : undefined;
    if (!Array.isArray(unknown)) throw error;
    const ids = unknown.map((id) => `"${encodeGlobalID('Claim', String(id))}"`);
    throw new AttestError('BAD_USER_INPUT', `No claim has the ID ${ids.join(', ')}.`);
  }
}

builder.mutationFields((t) => ({
  addGeneratedQuestions: t.prismaField({
    type: 'QuestionSet',
    authScopes: { signedIn: true },
    description:
      'Adds questions from generateQuestions by their IDs, at the end, in the order given. All or nothing. Errors: UNAUTHENTICATED; NOT_FOUND (the viewer owns no set with this ID); BAD_USER_INPUT (none given, an unknown or changed question ID, one already in the set, over 200 questions in the set).',
    args: {
      setId: t.arg.globalID({ for: QuestionSet, required: true, description: 'The set.' }),
      questionIds: t.arg.idList({
        required: true,
        description: 'Question.id values from generateQuestions: 1 to 200.',
      }),
      collection: t.arg.globalID({
        for: Collection,
        description:
          'The collection the questions were generated from (any the viewer may read); the curated corpus when not given.',
      }),
    },
    resolve: async (query, _root, { setId, questionIds, collection }, ctx) => {
      const collectionId = await quizCollection(ctx, collection?.id);
      await addGeneratedQuestions(
        ctx.prisma,
        viewerId(ctx),
        setId.id,
        questionIds.map(String),
        await currentKnowledgeBase(ctx.prisma, collectionId),
      );
      return ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: setId.id } });
    },
  }),
  addQuestion: t.prismaField({
    type: 'SetQuestion',
    authScopes: { signedIn: true },
    description:
      'Adds a hand-written question at the end of the set. Errors: UNAUTHENTICATED; NOT_FOUND (the viewer owns no set with this ID); BAD_USER_INPUT (naming what is wrong, a question the set has already, over 200 questions).',
    args: {
      setId: t.arg.globalID({ for: QuestionSet, required: true, description: 'The set.' }),
      question: t.arg({ type: SetQuestionInput, required: true, description: 'The question.' }),
    },
    resolve: async (query, _root, { setId, question }, ctx) => {
      const input = toQuestionInput(question);
      const created = await withClaimIds(
        addQuestion(ctx.prisma, viewerId(ctx), setId.id, input, {
          kb: await rivalBase(ctx, input),
        }),
      );
      return ctx.prisma.setQuestion.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateQuestion: t.prismaField({
    type: 'SetQuestion',
    authScopes: { signedIn: true },
    description:
      'Replaces a question (its stable ID stays, so exports still match it). Errors: UNAUTHENTICATED; NOT_FOUND (the viewer owns no question with this ID); BAD_USER_INPUT (naming what is wrong).',
    args: {
      id: t.arg.globalID({ for: SetQuestion, required: true, description: 'The question.' }),
      question: t.arg({
        type: SetQuestionInput,
        required: true,
        description: 'The question as it should now be.',
      }),
    },
    resolve: async (query, _root, { id, question }, ctx) => {
      const input = toQuestionInput(question);
      await withClaimIds(
        updateQuestion(ctx.prisma, viewerId(ctx), id.id, input, {
          kb: await rivalBase(ctx, input),
        }),
      );
      return ctx.prisma.setQuestion.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  removeQuestion: t.prismaField({
    type: 'QuestionSet',
    authScopes: { signedIn: true },
    description:
      'Removes a question; the ones after it move up. Returns its set. Errors: UNAUTHENTICATED; NOT_FOUND (the viewer owns no question with this ID).',
    args: {
      id: t.arg.globalID({ for: SetQuestion, required: true, description: 'The question.' }),
    },
    resolve: async (query, _root, { id }, ctx) => {
      const setId = await removeQuestion(ctx.prisma, viewerId(ctx), id.id);
      return ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: setId } });
    },
  }),
  reorderQuestions: t.prismaField({
    type: 'QuestionSet',
    authScopes: { signedIn: true },
    description:
      "Puts the set's questions in this order; list each of them exactly once. Errors: UNAUTHENTICATED; NOT_FOUND (the viewer owns no set with this ID); BAD_USER_INPUT (one missing, repeated or of another set).",
    args: {
      setId: t.arg.globalID({ for: QuestionSet, required: true, description: 'The set.' }),
      questionIds: t.arg.globalIDList({
        for: SetQuestion,
        required: true,
        description: 'Every question of the set, in the new order (up to 200).',
      }),
    },
    resolve: async (query, _root, { setId, questionIds }, ctx) => {
      await reorderQuestions(
        ctx.prisma,
        viewerId(ctx),
        setId.id,
        questionIds.map((q) => q.id),
      );
      return ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: setId.id } });
    },
  }),
}));
