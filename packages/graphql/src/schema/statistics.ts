import {
  getSetStatistics,
  listMissedActors,
  listMissedClaims,
  type MissedCount,
  type OptionShare,
  type QuestionStatistics,
  type SetStatistics,
} from '@attest/classroom';
import { builder } from '../builder.ts';
import { viewerId } from '../classroom/viewer-id.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from '../page-size.ts';
import { AttemptSummary } from './attempt-summary.ts';
import { GradedAnswer } from './graded-answer.ts';
import { QuestionSet } from './question-set.ts';

const OptionShareRef = builder.objectRef<OptionShare>('OptionShare').implement({
  description: 'One option of a question, with how many answers picked it.',
  fields: (t) => ({
    optionId: t.exposeString('optionId', { description: 'The option (SetOption.id).' }),
    text: t.exposeString('text', { description: 'The option as shown.' }),
    correct: t.exposeBoolean('correct', { description: 'Whether picking it is right.' }),
    count: t.exposeInt('count', { description: 'Answers that picked this option.' }),
    share: t.exposeFloat('share', { description: 'count / answerCount, 0–1.' }),
  }),
});

const QuestionStatisticsRef = builder
  .objectRef<QuestionStatistics & { questionId: string }>('QuestionStatistics')
  .implement({
    description:
      "One question's statistics over the finished attempts that drew it (Moodle's definitions; a question left blank counts as credit 0, as in the score).",
    fields: (t) => ({
      question: t.prismaField({
        type: 'SetQuestion',
        description: 'The question.',
        // findUnique calls made together are batched by Prisma into one query.
        resolve: (query, s, _args, ctx) =>
          ctx.prisma.setQuestion.findUniqueOrThrow({ ...query, where: { id: s.questionId } }),
      }),
      answerCount: t.exposeInt('answerCount', {
        description: 'Finished attempts that drew the question.',
      }),
      facilityIndex: t.exposeFloat('facilityIndex', {
        nullable: true,
        description: 'The mean credit, 0 (nobody right) to 1 (everybody right); null before any.',
      }),
      discriminationIndex: t.exposeFloat('discriminationIndex', {
        nullable: true,
        description:
          "Pearson's correlation between the credit on this question and the rest of the test (the attempt's score minus this question), −1 to 1: high when those who do well overall get it right. Null for fewer than two attempts or when the marks never vary.",
      }),
      options: t.expose('options', {
        type: [OptionShareRef],
        description: 'Every option with how many picked it (distractors included).',
      }),
    }),
  });

const SetStatisticsRef = builder.objectRef<SetStatistics>('SetStatistics').implement({
  description: "A set's results over its learners' attempts.",
  fields: (t) => ({
    attemptCount: t.exposeInt('attemptCount', { description: 'Attempts started.' }),
    finishedCount: t.exposeInt('finishedCount', { description: 'Attempts finished.' }),
    meanScore: t.exposeFloat('meanScore', {
      nullable: true,
      description:
        'The mean score of finished attempts, in points (out of maxScore), not a share; null before any.',
    }),
    maxScore: t.exposeInt('maxScore', {
      nullable: true,
      description:
        'The points each finished attempt could earn; null before any, or when attempts drew different numbers of questions.',
    }),
    meanScoreShare: t.exposeFloat('meanScoreShare', {
      nullable: true,
      description:
        "The mean of each finished attempt's score / maxScore, 0–1 (0.45 is 45 %); null before any.",
    }),
    questions: t.expose('questions', {
      type: [QuestionStatisticsRef],
      description: 'Each question of the set, in order.',
    }),
  }),
});

const SetAttempt = builder.prismaObject('Attempt', {
  name: 'SetAttempt',
  description: "An attempt on the owner's set, as the owner sees it (no token, no answers).",
  interfaces: [AttemptSummary],
  fields: (t) => ({
    id: t.exposeID('id', { description: 'What QuestionSet.attempt takes (not a global ID).' }),
    learnerName: t.string({
      nullable: true,
      description:
        "The name the learner gave (sets that ask for one), else the signed-in learner's account name; null for an anonymous attempt.",
      select: { learnerName: true, user: { select: { name: true } } },
      resolve: (a) => a.learnerName ?? a.user?.name ?? null,
    }),
    studentId: t.exposeString('studentId', {
      nullable: true,
      description: "The student ID the learner gave, or their class list entry's.",
    }),
    score: t.exposeFloat('score', {
      nullable: true,
      description: 'The sum of the credits, in points out of maxScore; null until finished.',
    }),
    answeredCount: t.relationCount('questions', {
      where: { answeredAt: { not: null } },
      description: 'How many questions were answered.',
    }),
    answers: t.field({
      type: [GradedAnswer],
      description: 'Every question drawn, in order, with the answer given and how it was marked.',
      select: { questions: { orderBy: { position: 'asc' } } },
      resolve: (a) => a.questions.map((item) => ({ item })),
    }),
  }),
});

// QuestionSet loads for its owner only (node, myQuestionSets, mutations), so these fields are
// the owner's; the owner check is repeated where the statistics are computed.
builder.prismaObjectFields(QuestionSet, (t) => ({
  attemptCount: t.relationCount('attempts', { description: 'Attempts started on the set.' }),
  attempts: t.relatedConnection(
    'attempts',
    {
      type: SetAttempt,
      cursor: 'id',
      totalCount: true,
      description: 'Attempts on the set, newest first.',
      query: { orderBy: [{ startedAt: 'desc' }, { id: 'desc' }] },
    },
    { description: 'A page of attempts on a set, newest first.' },
    { description: 'One attempt of the page, with its cursor.' },
  ),
  attempt: t.prismaField({
    type: SetAttempt,
    nullable: true,
    description:
      'One attempt on the set by its id (SetAttempt.id); null when the set has none such.',
    args: { id: t.arg.id({ required: true, description: 'The attempt (SetAttempt.id).' }) },
    resolve: (query, set, { id }, ctx) =>
      ctx.prisma.attempt.findFirst({ ...query, where: { id: String(id), setId: set.id } }),
  }),
  statistics: t.field({
    type: SetStatisticsRef,
    description:
      "Results over the attempts: scores, and each question's facility and discrimination.",
    select: { id: true },
    resolve: (set, _args, ctx) => getSetStatistics(ctx.prisma, viewerId(ctx), set.id),
  }),
}));

const missedFields = {
  answerCount: 'Answers in finished attempts on your sets.',
  wrongCount: 'Answers without full credit (blanks and partial credit included).',
};

const MissedFact = builder.objectRef<MissedCount<string>>('MissedFact').implement({
  description: 'A claim, with how often learners of your sets got its questions wrong.',
  fields: (t) => ({
    claim: t.prismaField({
      type: 'Claim',
      description: 'The claim.',
      resolve: (query, m, _args, ctx) =>
        ctx.prisma.claim.findUniqueOrThrow({ ...query, where: { id: m.key } }),
    }),
    answerCount: t.exposeInt('answerCount', { description: missedFields.answerCount }),
    wrongCount: t.exposeInt('wrongCount', { description: missedFields.wrongCount }),
    wrongShare: t.exposeFloat('wrongShare', { description: 'wrongCount / answerCount, 0–1.' }),
  }),
});

const MissedActor = builder.objectRef<MissedCount<string>>('MissedActor').implement({
  description:
    'An actor (subject or object of the claims asked about), with how often learners got those questions wrong.',
  fields: (t) => ({
    actor: t.prismaField({
      type: 'Actor',
      description: 'The actor.',
      resolve: (query, m, _args, ctx) =>
        ctx.prisma.actor.findUniqueOrThrow({ ...query, where: { id: m.key } }),
    }),
    answerCount: t.exposeInt('answerCount', { description: missedFields.answerCount }),
    wrongCount: t.exposeInt('wrongCount', { description: missedFields.wrongCount }),
    wrongShare: t.exposeFloat('wrongShare', { description: 'wrongCount / answerCount, 0–1.' }),
  }),
});

builder.queryFields((t) => ({
  missedClaims: t.field({
    type: [MissedFact],
    authScopes: { signedIn: true },
    description:
      'Across all your sets: the claims learners get wrong most (by wrong answers, then wrong share). UNAUTHENTICATED when signed out.',
    args: {
      first: t.arg.int({
        required: false,
        description: `How many: 1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE} (BAD_USER_INPUT otherwise).`,
      }),
    },
    resolve: (_root, { first }, ctx) =>
      listMissedClaims(ctx.prisma, viewerId(ctx), pageSize('first', first)),
  }),
  missedActors: t.field({
    type: [MissedActor],
    authScopes: { signedIn: true },
    description:
      'Across all your sets: the actors whose facts learners get wrong most. UNAUTHENTICATED when signed out.',
    args: {
      first: t.arg.int({
        required: false,
        description: `How many: 1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE} (BAD_USER_INPUT otherwise).`,
      }),
    },
    resolve: (_root, { first }, ctx) =>
      listMissedActors(ctx.prisma, viewerId(ctx), pageSize('first', first)),
  }),
}));
