import { AttestError } from '@attest/errors';
import {
  AnswerShapeError,
  checkAnswer,
  type EvidenceRef,
  findQuestion,
  generateQuestions,
  type QUESTION_TYPES,
  type Question,
  type QuestionOption,
  readAnswer,
} from '@attest/quiz';
import { builder } from '../builder.ts';
import { claimsById } from '../claims/claims-by-id.ts';
import { quizCollection } from '../collections/access.ts';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from '../page-size.ts';
import { currentKnowledgeBase } from '../quiz/knowledge-cache.ts';
import { Actor } from './actor.ts';
import { AnswerResult, checkedValue } from './answer-marking.ts';
import { Claim } from './claim.ts';
import { Collection } from './collection.ts';
import { assertExist } from './exists.ts';
import { Passage } from './passage.ts';
import { Source } from './source.ts';

export const QuestionTypeEnum = builder.enumType('QuestionType', {
  description: 'The format of a question.',
  values: {
    SINGLE_CHOICE: { description: 'Pick the one right option among distractors.' },
    MULTI_SELECT: { description: 'Pick every right option; partial credit.' },
    TRUE_FALSE: { description: 'Say whether a statement is true: options "True" and "False".' },
    WHO_SAID: { description: 'Pick who said a quote.' },
    FILL_IN: { description: 'Type the answer; no options.' },
    SOURCES_DISAGREE: {
      description: 'On a recorded dispute: which source says that …, or what a given source says.',
    },
  } as const satisfies Record<(typeof QUESTION_TYPES)[number], { description: string }>,
});
const DifficultyLevelEnum = builder.enumType('DifficultyLevel', {
  description: 'A difficulty score in three bands.',
  values: {
    EASY: { description: 'Score under 0.4.' },
    MEDIUM: { description: 'Score from 0.4 to under 0.6.' },
    HARD: { description: 'Score 0.6 or more.' },
  } as const,
});
const QuestionOrderEnum = builder.enumType('QuestionOrder', {
  description: 'How generated questions are ordered.',
  values: {
    MIXED: {
      value: 'mixed',
      description: 'Seed-shuffled, types interleaved, each claim used once before any twice.',
    },
    DIFFICULTY: { value: 'difficulty', description: 'As MIXED, then easiest first.' },
  } as const,
});

export const QuestionOptionRef = builder.objectRef<QuestionOption>('QuestionOption').implement({
  description: 'One option of a question, with whether it is right (the instructor view).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable for the same question and option content.' }),
    text: t.exposeString('text', { description: 'The option as shown.' }),
    correct: t.exposeBoolean('correct', { description: 'Whether picking it is right.' }),
    actor: t.prismaField({
      type: 'Actor',
      nullable: true,
      description: 'The actor the option names; null when it names none.',
      resolve: (query, o, _args, ctx) =>
        o.actorId ? ctx.prisma.actor.findUnique({ ...query, where: { id: o.actorId } }) : null,
    }),
    source: t.prismaField({
      type: 'Source',
      nullable: true,
      description: 'The source the option names (sources-disagree questions); null otherwise.',
      resolve: (query, o, _args, ctx) =>
        o.sourceId ? ctx.prisma.source.findUnique({ ...query, where: { id: o.sourceId } }) : null,
    }),
  }),
});

export const QuestionEvidence = builder.objectRef<EvidenceRef>('QuestionEvidence').implement({
  description: 'A verbatim quote behind a question, anchored in its source.',
  interfaces: [Passage],
  fields: (t) => ({
    sourceTitle: t.exposeString('sourceTitle', { description: 'The title of its source.' }),
    publisher: t.exposeString('publisher', {
      nullable: true,
      description: 'The publisher of its source; null when unknown.',
    }),
    source: t.prismaField({
      type: 'Source',
      description: 'Its source.',
      resolve: (query, e, _args, ctx) =>
        ctx.prisma.source.findUniqueOrThrow({ ...query, where: { id: e.sourceId } }),
    }),
    claim: t.prismaField({
      type: 'Claim',
      description: 'The claim it backs; null if that claim has since left the knowledge base.',
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
    level: t.expose('level', {
      type: DifficultyLevelEnum,
      description: 'The score in three bands.',
    }),
    corroboration: t.int({
      description: 'Signal: distinct sources behind its claims (widely reported is easier).',
      resolve: (d) => d.signals.corroboration,
    }),
    prominence: t.int({
      description: 'Signal: claims that mention the answer (prominent actors are easier).',
      resolve: (d) => d.signals.prominence,
    }),
    distractorSimilarity: t.float({
      description: 'Signal, 0–1: how close the distractors are to the answer.',
      resolve: (d) => d.signals.distractorSimilarity,
    }),
    format: t.float({
      description:
        'Signal, 0–1: how hard the format is in itself (true/false easiest, typed hardest).',
      resolve: (d) => d.signals.format,
    }),
  }),
});

const QuestionRef = builder.objectRef<Question>('Question').implement({
  description:
    'A quiz question generated from claims, with its answer and evidence (the instructor view).',
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Stable: the same claims and wording give the same ID, whatever the seed.',
    }),
    type: t.expose('type', { type: QuestionTypeEnum, description: 'Its format.' }),
    template: t.exposeString('template', {
      description: 'Which wording produced it, e.g. "ask-subject" or "dispute-which-source".',
    }),
    prompt: t.exposeString('prompt', { description: 'The question as asked.' }),
    options: t.expose('options', {
      type: [QuestionOptionRef],
      description: 'Its options, in the order shown; empty for fill-in.',
    }),
    selectMany: t.exposeBoolean('selectMany', {
      description: 'More than one option may be right; scored with partial credit.',
    }),
    acceptedAnswers: t.exposeStringList('acceptedAnswers', {
      description: 'Typed answers that count (fill-in).',
    }),
    answer: t.exposeString('answer', { description: 'The right answer in words.' }),
    explanation: t.exposeString('explanation', {
      description: 'Why it is right, from the claims.',
    }),
    claims: t.prismaField({
      type: ['Claim'],
      description: 'The claims it was made from.',
      // findUnique calls made together are batched by Prisma into one query for all questions.
      resolve: (query, q, _args, ctx) =>
        Promise.all(
          q.claimIds.map((id) => ctx.prisma.claim.findUniqueOrThrow({ ...query, where: { id } })),
        ),
    }),
    evidence: t.expose('evidence', {
      type: [QuestionEvidence],
      description: 'The quotes behind it.',
    }),
    difficulty: t.expose('difficulty', { type: Difficulty, description: 'How hard it is.' }),
  }),
});

const GenerateQuestionsInput = builder.inputType('GenerateQuestionsInput', {
  description:
    'What to ask about and how many; filters combine (a question must match each given). Lists: up to 100 items. Unknown actors, sources, claims or predicates are NOT_FOUND.',
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
    claims: t.globalIDList({
      for: Claim,
      required: false,
      description: 'Questions made from any of these claims.',
    }),
    predicates: t.stringList({
      required: false,
      description: 'Questions about claims with any of these predicate keys, e.g. "member_of".',
    }),
    types: t.field({
      type: [QuestionTypeEnum],
      required: false,
      description: 'Only these formats; every format when not given.',
    }),
    count: t.int({
      required: false,
      description: `At most this many questions: 1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE} (BAD_USER_INPUT otherwise).`,
    }),
    seed: t.string({
      required: false,
      description:
        'The same seed gives the same questions, distractors and order; a fixed default when not given.',
    }),
    includeOffTopic: t.boolean({ required: false, description: 'Also ask about sidebar stories.' }),
    order: t.field({
      type: QuestionOrderEnum,
      required: false,
      description: 'MIXED unless given.',
    }),
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
    optionIds: t.idList({
      required: false,
      description: 'The IDs of the options picked: each once, one unless selectMany.',
    }),
    text: t.string({ required: false, description: 'The answer typed (fill-in): not blank.' }),
  }),
});

builder.queryFields((t) => ({
  generateQuestions: t.field({
    type: [QuestionRef],
    description:
      'Questions generated from the knowledge base, answers included (the instructor and API view). Errors: BAD_USER_INPUT (count out of range); NOT_FOUND (an unknown actor, source, claim, predicate, or a collection the viewer may not read).',
    args: {
      input: t.arg({
        type: GenerateQuestionsInput,
        required: false,
        description: `What to ask about; ${DEFAULT_PAGE_SIZE} questions about anything when not given.`,
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const count = pageSize('count', input?.count, 'questions');
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
    type: AnswerResult,
    description:
      'Whether an answer is right, with the right answer and its evidence: self-testing without holding the answers. Errors: NOT_FOUND (no such question, or a collection the viewer may not read); BAD_USER_INPUT (an answer of the wrong shape: text for options, unknown or repeated options, several for a one-answer question).',
    args: {
      questionId: t.arg.id({ required: true, description: "The question's ID (Question.id)." }),
      answer: t.arg({ type: AnswerInput, required: true, description: 'The answer given.' }),
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
        throw new AttestError(
          'NOT_FOUND',
          `No question has the ID "${questionId}". Questions are made from the knowledge base; one whose claims have changed gets a new ID.`,
        );
      }
      let read: ReturnType<typeof readAnswer>;
      try {
        read = readAnswer(question, answer);
      } catch (error) {
        throw error instanceof AnswerShapeError
          ? new AttestError('BAD_USER_INPUT', error.message)
          : error;
      }
      return checkedValue(checkAnswer(question, read, { kb }), question);
    },
  }),
}));
