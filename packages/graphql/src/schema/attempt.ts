import {
  type AttemptWithQuestions,
  finishAttempt,
  isRevealed,
  LEARNER_NAME_MAX,
  listMyAttempts,
  readAttempt,
  readEvidence,
  readOptions,
  selectsMany,
  startAttempt,
  submitAnswers,
  toSharedSet,
} from '@attest/classroom';
import { builder } from '../builder.ts';
import { viewerId } from '../classroom/viewer-id.ts';
import { AnswerMarking, type MarkingValue } from './answer-marking.ts';
import { AttemptSummary } from './attempt-summary.ts';
import { QuestionTypeEnum } from './quiz.ts';
import { SharedQuestionSet } from './shared-question-set.ts';

export type AttemptItem = AttemptWithQuestions['questions'][number];
interface ItemInAttempt {
  attempt: AttemptWithQuestions;
  item: AttemptItem;
}

const AttemptOption = builder.objectRef<{ id: string; text: string }>('AttemptOption').implement({
  description: 'An option as the learner sees it: no word on whether it is right.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'What an answer names in optionIds.' }),
    text: t.exposeString('text', { description: 'The option as shown.' }),
  }),
});

type AttemptMarking = MarkingValue & { item: AttemptItem };

/** A stored answer's marking, in the schema's marking shape (credit 0 when unanswered). */
export const attemptMarking = (item: AttemptItem): AttemptMarking => {
  const right = readOptions(item.options).filter((o) => o.correct);
  return {
    item,
    correct: item.credit === 1,
    credit: item.credit ?? 0,
    almost: item.almost,
    correctOptionIds: right.map((o) => o.id),
    // The right options, or the first accepted answer.
    correctAnswer:
      item.type === 'FILL_IN'
        ? (item.acceptedAnswers[0] ?? '')
        : right.map((o) => o.text).join(', '),
    explanation: item.explanation,
    evidence: readEvidence(item.evidence),
  };
};

export const AttemptAnswerResult = builder
  .objectRef<AttemptMarking>('AttemptAnswerResult')
  .implement({
    description:
      "How an answer in an attempt was marked (see AnswerMarking), with the learner's answer. The evidence is as it was when the question was added to the set.",
    interfaces: [AnswerMarking],
    fields: (t) => ({
      chosenOptionIds: t.stringList({
        description: 'The options picked; empty for fill-in or unanswered.',
        resolve: ({ item }) => item.chosenOptionIds,
      }),
      text: t.string({
        nullable: true,
        description: 'The typed answer (fill-in); null otherwise.',
        resolve: ({ item }) => item.answerText,
      }),
    }),
  });

const AttemptQuestion = builder.objectRef<ItemInAttempt>('AttemptQuestion').implement({
  description:
    "A question as the learner sees it. Right answers, explanation and evidence appear in `result` only when the attempt's feedback timing allows: once answered (AFTER_EACH_QUESTION), once finished (AT_END), once the set has closed (AFTER_CLOSE), or never (NEVER).",
  fields: (t) => ({
    id: t.id({
      resolve: ({ item }) => item.id,
      description: 'What an answer names as "questionId".',
    }),
    position: t.int({
      description: 'Its place in this attempt: 0 for the first question.',
      resolve: ({ item }) => item.position,
    }),
    type: t.field({
      type: QuestionTypeEnum,
      description: 'Its format.',
      resolve: ({ item }) => item.type,
    }),
    prompt: t.string({ description: 'The question as asked.', resolve: ({ item }) => item.prompt }),
    selectMany: t.boolean({
      description: 'More than one option may be picked (and may be right).',
      resolve: ({ item }) => selectsMany({ type: item.type, options: readOptions(item.options) }),
    }),
    options: t.field({
      type: [AttemptOption],
      description: 'Its options in the order this attempt shows them; empty for fill-in.',
      resolve: ({ item }) => readOptions(item.options).map(({ id, text }) => ({ id, text })),
    }),
    answered: t.boolean({
      description: 'Whether an answer is recorded.',
      resolve: ({ item }) => item.answeredAt !== null,
    }),
    chosenOptionIds: t.stringList({
      description: "The learner's own current picks (empty until answered).",
      resolve: ({ item }) => item.chosenOptionIds,
    }),
    answerText: t.string({
      nullable: true,
      description: "The learner's own typed answer (fill-in).",
      resolve: ({ item }) => item.answerText,
    }),
    result: t.field({
      type: AttemptAnswerResult,
      nullable: true,
      description: 'The marking, once the feedback timing shows it; null before.',
      resolve: (x) => (isRevealed(x.attempt, x.item) ? attemptMarking(x.item) : null),
    }),
  }),
});

export const Attempt = builder.objectRef<AttemptWithQuestions>('Attempt');
builder.node(Attempt, {
  description:
    "A learner's go at a published set. The token is the learner's key to it; by global ID (`node`) only its signed-in taker can load it.",
  interfaces: [AttemptSummary],
  id: { resolve: (a) => a.id },
  loadOne: (id, ctx) =>
    ctx.viewer
      ? ctx.prisma.attempt.findFirst({
          where: { id, userId: ctx.viewer.id },
          include: { questions: { orderBy: { position: 'asc' } }, set: true },
        })
      : null,
  fields: (t) => ({
    token: t.exposeString('token', {
      description: 'Keep it to resume, submit and finish; it is shown to no one else.',
    }),
    set: t.field({
      type: SharedQuestionSet,
      description:
        'The set the attempt is on; questionCount and feedback as when the attempt began.',
      resolve: (a) => ({
        ...toSharedSet(a.set, a.questions.length, new Date()),
        questionCount: a.questions.length,
        feedback: a.feedback,
      }),
    }),
    questions: t.field({
      type: [AttemptQuestion],
      description: 'Its questions, in the order this attempt asks them.',
      resolve: (attempt) => attempt.questions.map((item) => ({ attempt, item })),
    }),
    answeredCount: t.int({
      description: 'How many questions have an answer recorded.',
      resolve: (a) => a.questions.filter((q) => q.answeredAt !== null).length,
    }),
    score: t.float({
      nullable: true,
      description:
        'The sum of the credits (unanswered questions count 0), once finished and once the feedback timing shows results: a score would give right answers away.',
      // An unanswered question is revealed exactly when the whole attempt's results are.
      resolve: (a) =>
        a.status === 'FINISHED' && isRevealed(a, { answeredAt: null }) ? a.score : null,
    }),
    deadline: t.expose('deadline', {
      type: 'DateTime',
      nullable: true,
      description:
        'When answers stop counting (the time limit or the close date, whichever is first); past it, submitAnswers answers TIME_UP and the attempt is finished with what was answered.',
    }),
    studentId: t.exposeString('studentId', {
      nullable: true,
      description: 'The student ID the attempt is recorded under, when the learner gave one.',
    }),
    learnerName: t.exposeString('learnerName', {
      nullable: true,
      description: 'The name the attempt is recorded under, when the set asks for one.',
    }),
  }),
});

const AttemptAnswerInput = builder.inputType('AttemptAnswerInput', {
  description:
    'An answer: the options picked (choice, true/false, who-said-it, sources-disagree) or the text typed (fill-in).',
  fields: (t) => ({
    questionId: t.id({ required: true, description: 'An AttemptQuestion id.' }),
    optionIds: t.stringList({
      required: false,
      description: 'The AttemptOption ids picked: each once, one unless selectMany.',
    }),
    text: t.string({ required: false, description: 'The typed answer (fill-in).' }),
    key: t.string({
      required: true,
      description:
        'Any string unique to this answer; a retry with the same key is recognized and never counted twice.',
    }),
  }),
});

builder.queryFields((t) => ({
  attempt: t.field({
    type: Attempt,
    nullable: true,
    description:
      'An attempt by its token (NOT_FOUND when no attempt has it); one past its deadline reads as finished.',
    args: { token: t.arg.string({ required: true, description: "The attempt's token." }) },
    resolve: (_root, { token }, ctx) => readAttempt(ctx.prisma, token),
  }),
  myAttempts: t.field({
    type: [Attempt],
    authScopes: { signedIn: true },
    description: "The signed-in learner's attempts, newest first. UNAUTHENTICATED when signed out.",
    resolve: (_root, _args, ctx) => listMyAttempts(ctx.prisma, viewerId(ctx)),
  }),
}));

builder.mutationFields((t) => ({
  startAttempt: t.field({
    type: Attempt,
    description:
      "Starts an attempt on a published set by its share link: anonymous, or kept in myAttempts when signed in. Refused before the set opens (SET_NOT_OPEN) and once it has closed (SET_CLOSED), saying when; without what the set's identity needs (BAD_USER_INPUT, or UNAUTHENTICATED for signed-in sets); and once the learner's attempts are used (ATTEMPT_LIMIT_REACHED). Limited per link and client (RATE_LIMITED, with retryAfter in seconds).",
    args: {
      slug: t.arg.string({
        required: true,
        description: "The share link's slug (NOT_FOUND when no published set has it).",
      }),
      name: t.arg.string({
        description: `The learner's name (identity NAME; or ROSTER, for class list entries without an ID): 1–${LEARNER_NAME_MAX} characters, shown to the set's owner.`,
      }),
      studentId: t.arg.string({
        description: "The learner's student ID (optional with NAME; how ROSTER finds the learner).",
      }),
      joinCode: t.arg.string({ description: "The set's join code (identity ROSTER)." }),
      browser: t.arg.string({
        description:
          'A random key the browser keeps (8–100 characters): counts attempts for ANONYMOUS sets that limit them.',
      }),
    },
    resolve: async (_root, { slug, name, studentId, joinCode, browser }, ctx) => {
      await ctx.quotas.startAttempt(slug);
      return startAttempt(ctx.prisma, slug, ctx.viewer?.id ?? null, {
        name,
        studentId,
        joinCode,
        browser,
        ...(ctx.sets ? { sets: ctx.sets } : {}),
      });
    },
  }),
  submitAnswers: t.field({
    type: Attempt,
    description:
      'Records answers, all or none (one or several at a time). With feedback after each question an answer is final; otherwise it may change until finishing. A key already recorded changes nothing. Past the deadline: TIME_UP, and the attempt is finished with what was answered in time. Also NOT_FOUND (unknown token), ATTEMPT_FINISHED, BAD_USER_INPUT (a question not in the attempt, an answer of the wrong shape, a repeated key or question, a change to an answer whose feedback was shown).',
    args: {
      token: t.arg.string({ required: true, description: "The attempt's token." }),
      answers: t.arg({
        type: [AttemptAnswerInput],
        required: true,
        description: 'The answers: up to 200, one per question, each with its own key.',
      }),
    },
    resolve: (_root, { token, answers }, ctx) =>
      submitAnswers(
        ctx.prisma,
        token,
        answers.map((a) => ({ ...a, questionId: String(a.questionId) })),
      ),
  }),
  finishAttempt: t.field({
    type: Attempt,
    description:
      'Finishes the attempt and scores it; finishing again changes nothing. NOT_FOUND for an unknown token.',
    args: { token: t.arg.string({ required: true, description: "The attempt's token." }) },
    resolve: (_root, { token }, ctx) => finishAttempt(ctx.prisma, token),
  }),
}));
