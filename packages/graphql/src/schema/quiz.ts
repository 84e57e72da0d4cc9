import {
  type AnswerResult,
  checkAnswer,
  type EvidenceRef,
  findQuestion,
  generateQuestions,
  QUESTION_TYPES,
  type Question,
  type QuestionOption,
} from '@attest/quiz';
import { builder, MAX_PAGE_SIZE } from '../builder.ts';
import { claimsById } from '../claims/claims-by-id.ts';
import { quizCollection } from '../collections/access.ts';
import { badInput, notFound } from '../errors.ts';
import { currentKnowledgeBase } from '../quiz/knowledge-cache.ts';
import { Actor } from './actor.ts';
import { Claim } from './claim.ts';
import { Collection } from './collection.ts';
import { assertExist } from './exists.ts';
import { Source } from './source.ts';

export const QuestionTypeEnum = builder.enumType('QuestionType', { values: QUESTION_TYPES });
const DifficultyLevelEnum = builder.enumType('DifficultyLevel', {
  values: ['EASY', 'MEDIUM', 'HARD'] as const,
});
const QuestionOrderEnum = builder.enumType('QuestionOrder', {
  values: { MIXED: { value: 'mixed' }, DIFFICULTY: { value: 'difficulty' } } as const,
});

const QuestionOptionRef = builder.objectRef<QuestionOption>('QuestionOption').implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable for the same question and option content.' }),
    text: t.exposeString('text'),
    correct: t.exposeBoolean('correct'),
    actor: t.prismaField({
      type: 'Actor',
      nullable: true,
      resolve: (query, o, _args, ctx) =>
        o.actorId ? ctx.prisma.actor.findUnique({ ...query, where: { id: o.actorId } }) : null,
    }),
    source: t.prismaField({
      type: 'Source',
      nullable: true,
      resolve: (query, o, _args, ctx) =>
        o.sourceId ? ctx.prisma.source.findUnique({ ...query, where: { id: o.sourceId } }) : null,
    }),
  }),
});

export const QuestionEvidence = builder.objectRef<EvidenceRef>('QuestionEvidence').implement({
  description: 'A verbatim quote behind a question, anchored in its source.',
  fields: (t) => ({
    quote: t.exposeString('quote'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    sourceTitle: t.exposeString('sourceTitle'),
    publisher: t.exposeString('publisher', { nullable: true }),
    source: t.prismaField({
      type: 'Source',
      resolve: (query, e, _args, ctx) =>
        ctx.prisma.source.findUniqueOrThrow({ ...query, where: { id: e.sourceId } }),
    }),
    claim: t.prismaField({
      type: 'Claim',
      // Null only for a stored question's quote whose claim has left the knowledge base.
      nullable: true,
      resolve: async (query, e, _args, ctx) =>
        (await claimsById(ctx, query, [e.claimId]))[0] ?? null,
    }),
  }),
});

const Difficulty = builder.objectRef<Question['difficulty']>('Difficulty').implement({
  description: 'An estimate from documented signals (see packages/quiz/README.md).',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: '0 (easiest) to 1 (hardest).' }),
    level: t.expose('level', { type: DifficultyLevelEnum }),
    corroboration: t.int({ resolve: (d) => d.signals.corroboration }),
    prominence: t.int({ resolve: (d) => d.signals.prominence }),
    distractorSimilarity: t.float({ resolve: (d) => d.signals.distractorSimilarity }),
    format: t.float({ resolve: (d) => d.signals.format }),
  }),
});

const QuestionRef = builder.objectRef<Question>('Question').implement({
  description:
    'A quiz question generated from claims, with its answer and evidence (the instructor view).',
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Stable: the same claims and wording give the same ID, whatever the seed.',
    }),
    type: t.expose('type', { type: QuestionTypeEnum }),
    template: t.exposeString('template'),
    prompt: t.exposeString('prompt'),
    options: t.expose('options', { type: [QuestionOptionRef] }),
    selectMany: t.exposeBoolean('selectMany'),
    acceptedAnswers: t.exposeStringList('acceptedAnswers', {
      description: 'Typed answers that count (fill-in).',
    }),
    answer: t.exposeString('answer'),
    explanation: t.exposeString('explanation'),
    claims: t.prismaField({
      type: ['Claim'],
      // findUnique calls made together are batched by Prisma into one query for all questions.
      resolve: (query, q, _args, ctx) =>
        Promise.all(
          q.claimIds.map((id) => ctx.prisma.claim.findUniqueOrThrow({ ...query, where: { id } })),
        ),
    }),
    evidence: t.expose('evidence', { type: [QuestionEvidence] }),
    difficulty: t.expose('difficulty', { type: Difficulty }),
  }),
});

const AnswerResultRef = builder
  .objectRef<AnswerResult & { question: Question }>('AnswerResult')
  .implement({
    fields: (t) => ({
      correct: t.exposeBoolean('correct'),
      score: t.exposeFloat('score', {
        description: '0–1; select-many questions earn partial credit.',
      }),
      correctOptions: t.field({
        type: [QuestionOptionRef],
        resolve: (r) => r.question.options.filter((o) => r.correctOptionIds.includes(o.id)),
      }),
      acceptedAnswers: t.exposeStringList('acceptedAnswers'),
      almost: t.exposeString('almost', {
        nullable: true,
        description:
          'A typed answer one or two letters off a right name ("Stoltenburg"), credited: the right spelling. Null otherwise.',
      }),
      answer: t.exposeString('answer'),
      explanation: t.exposeString('explanation'),
      evidence: t.expose('evidence', { type: [QuestionEvidence] }),
    }),
  });

const GenerateQuestionsInput = builder.inputType('GenerateQuestionsInput', {
  fields: (t) => ({
    actors: t.globalIDList({
      for: Actor,
      required: false,
      description: 'Questions about any of these actors.',
    }),
    sources: t.globalIDList({
      for: Source,
      required: false,
      description: 'Questions with evidence from any of these sources.',
    }),
    collection: t.globalID({
      for: Collection,
      required: false,
      description: 'The collection to ask about; the curated corpus when not given.',
    }),
    claims: t.globalIDList({ for: Claim, required: false }),
    predicates: t.stringList({ required: false, description: 'Predicate keys, e.g. "member_of".' }),
    types: t.field({ type: [QuestionTypeEnum], required: false }),
    count: t.int({
      required: false,
      description: `At most this many questions (default 20, at most ${MAX_PAGE_SIZE}).`,
    }),
    seed: t.string({
      required: false,
      description: 'The same seed gives the same questions, distractors and order.',
    }),
    includeOffTopic: t.boolean({ required: false, description: 'Also ask about sidebar stories.' }),
    order: t.field({ type: QuestionOrderEnum, required: false }),
    seen: t.idList({
      required: false,
      description:
        'IDs of questions already asked (earlier quizzes): asked only after every unseen question of their type.',
    }),
  }),
});

const AnswerInput = builder.inputType('AnswerInput', {
  description:
    'The options picked (choice, true/false, who-said-it, sources-disagree), or the text typed (fill-in).',
  fields: (t) => ({
    optionIds: t.idList({ required: false }),
    text: t.string({ required: false }),
  }),
});

builder.queryFields((t) => ({
  generateQuestions: t.field({
    type: [QuestionRef],
    description:
      'Questions generated from the knowledge base, answers included (the instructor and API view).',
    args: { input: t.arg({ type: GenerateQuestionsInput, required: false }) },
    resolve: async (_root, { input }, ctx) => {
      const count = input?.count ?? 20;
      if (count < 1 || count > MAX_PAGE_SIZE)
        throw badInput(`"count" is ${count}; ask for 1 to ${MAX_PAGE_SIZE} questions.`);
      const ids = (list: { id: string }[] | null | undefined) => list?.map((x) => x.id);
      const collectionId = await quizCollection(ctx, input?.collection?.id);
      await assertExist(ctx.prisma, {
        collectionIds: [collectionId],
        actorIds: ids(input?.actors),
        sourceIds: ids(input?.sources),
        claimIds: ids(input?.claims),
        predicateIds: input?.predicates ?? undefined,
      });
      return generateQuestions(await currentKnowledgeBase(ctx.prisma, collectionId), {
        actorIds: ids(input?.actors),
        sourceIds: ids(input?.sources),
        claimIds: ids(input?.claims),
        predicateIds: input?.predicates ?? undefined,
        types: input?.types ?? undefined,
        count,
        seed: input?.seed ?? undefined,
        includeOffTopic: input?.includeOffTopic ?? false,
        order: input?.order ?? undefined,
        seen: input?.seen?.map(String) ?? undefined,
      });
    },
  }),

  checkAnswer: t.field({
    type: AnswerResultRef,
    description:
      'Whether an answer is right, with the right answer and its evidence: self-testing without holding the answers.',
    args: {
      questionId: t.arg.id({ required: true }),
      answer: t.arg({ type: AnswerInput, required: true }),
      seed: t.arg.string({
        description:
          'The seed the question was generated with: its distractors (and their option IDs) depend on it.',
      }),
      collection: t.arg.globalID({
        for: Collection,
        description:
          'The collection the question was generated from; the curated corpus when not given.',
      }),
    },
    resolve: async (_root, { questionId, answer, seed, collection }, ctx) => {
      const kb = await currentKnowledgeBase(ctx.prisma, await quizCollection(ctx, collection?.id));
      const question = findQuestion(kb, String(questionId), { ...(seed ? { seed } : {}) });
      if (!question) {
        throw notFound(
          `No question has the ID "${questionId}". Questions are made from the knowledge base; one whose claims have changed gets a new ID.`,
        );
      }
      return { ...checkAnswer(question, answerFor(question, answer), { kb }), question };
    },
  }),
}));

/** The answer in the quiz engine's terms, or a clear error when it cannot be an answer to this question. */
function answerFor(
  question: Question,
  { optionIds, text }: { optionIds?: (string | number)[] | null; text?: string | null },
) {
  if (question.type === 'FILL_IN') {
    if (typeof text !== 'string' || text.trim() === '')
      throw badInput('This question takes a typed answer: send "text".');
    return text;
  }
  const picked = (optionIds ?? []).map(String);
  if (picked.length === 0)
    throw badInput('This question takes options: send "optionIds" with at least one option.');
  const unknown = picked.filter((id) => !question.options.some((o) => o.id === id));
  if (unknown.length > 0) throw badInput(`Not options of this question: ${unknown.join(', ')}.`);
  if (new Set(picked).size !== picked.length) throw badInput('An option is picked more than once.');
  if (!question.selectMany && picked.length > 1)
    throw badInput('This question has one right answer: pick one option.');
  return picked;
}
