import type { Prisma, PrismaClient } from '@attest/db';
import { z } from 'zod';
import { ClassroomError } from '../errors.ts';
import { readOptions } from '../questions/stored.ts';
import { when } from '../rules/when.ts';
import { parseInput } from '../validate.ts';
import {
  type AttemptWithQuestions,
  attemptInclude,
  attemptNotFound,
  findAttempt,
} from './find-attempt.ts';
import { closeLockedAttempt, isExpired } from './finish-attempt.ts';
import { type CheckedAnswer, checkAnswerShape, creditFor } from './mark.ts';

const answersSchema = z
  .array(
    z.object({
      questionId: z.string().min(1, 'Every answer needs the "questionId" it answers.'),
      optionIds: z.array(z.string()).max(50, 'At most 50 options per answer.').nullish(),
      text: z.string().nullish(),
      key: z
        .string()
        .trim()
        .min(1, 'Every answer needs a "key" (any string unique to this answer, reused on retry).')
        .max(200, 'A "key" is at most 200 characters.'),
    }),
  )
  .min(1, 'Send at least one answer.')
  .max(200, 'At most 200 answers at once.');

export type AnswerInput = z.input<typeof answersSchema>[number];

const timeUp = (deadline: Date, answered: number) =>
  new ClassroomError(
    'TIME_UP',
    `Time is up: answers stopped counting at ${when(deadline)}. The attempt is finished with the ${answered} ${answered === 1 ? 'answer' : 'answers'} given before then.`,
    { deadline: deadline.toISOString() },
  );

const finished = () =>
  new ClassroomError('ATTEMPT_FINISHED', 'This attempt is finished: answers can no longer change.');

/**
 * Records answers, all or none. Each answer carries a client key: a key already recorded is a
 * retry and changes nothing, so a repeated request never counts twice. With feedback after each
 * question an answer is final; with feedback at the end it may change until the attempt is
 * finished. The attempt row is locked for the (short) transaction, so concurrent retries and a
 * concurrent finish are applied one after the other. Past the attempt's deadline (time limit or
 * close date) new answers are refused with TIME_UP and the attempt closes itself, finished with
 * what was answered in time; a retry of an answer recorded in time still succeeds.
 */
export async function submitAnswers(
  prisma: PrismaClient,
  token: string,
  input: readonly AnswerInput[],
  { now = new Date() }: { now?: Date } = {},
): Promise<AttemptWithQuestions> {
  const answers = parseInput(answersSchema, input);
  const keys = answers.map((a) => a.key);
  if (new Set(keys).size !== keys.length)
    throw new ClassroomError('BAD_USER_INPUT', 'Two answers share a "key": give each its own.');
  const ids = answers.map((a) => a.questionId);
  if (new Set(ids).size !== ids.length)
    throw new ClassroomError('BAD_USER_INPUT', 'Two answers are for the same question.');

  const before = await findAttempt(prisma, token);
  const checked = answers.map((a) => {
    const question = before.questions.find((q) => q.id === a.questionId);
    const label = question ? `Question ${question.position + 1}` : `Question "${a.questionId}"`;
    if (!question)
      throw new ClassroomError('BAD_USER_INPUT', `${label} is not part of this attempt.`);
    const markable = { ...question, options: readOptions(question.options) };
    const answer = checkAnswerShape(markable, a, label);
    return { key: a.key, question, label, answer, credit: creditFor(markable, answer) };
  });

  const outcome = await prisma.$transaction(
    async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: string }[]>`
        SELECT "status" FROM "Attempt" WHERE "id" = ${before.id} FOR UPDATE`;
      if (!locked) throw attemptNotFound();
      const seen = await tx.answerSubmission.findMany({
        where: { attemptId: before.id, key: { in: keys } },
      });
      const fresh = checked.filter((c) => {
        const earlier = seen.find((s) => s.key === c.key);
        if (earlier && earlier.questionId !== c.question.id)
          throw new ClassroomError(
            'BAD_USER_INPUT',
            `The key "${c.key}" was already used for another question: give each answer its own key.`,
          );
        return !earlier;
      });
      // Closed and committed before refusing, so the attempt is finished whatever the client does.
      // An attempt its deadline closed answers TIME_UP to late answers, not ATTEMPT_FINISHED.
      const closedByTime =
        locked.status === 'FINISHED' && before.finishedAt?.getTime() === before.deadline?.getTime();
      if (isExpired(before, now) && (locked.status === 'IN_PROGRESS' || closedByTime)) {
        const closed = await closeLockedAttempt(tx, before.id, now);
        return { attempt: closed, late: fresh.length > 0 };
      }
      if (fresh.length > 0 && locked.status === 'FINISHED') throw finished();
      for (const c of fresh) await record(tx, before.id, before.feedback, c, now);
      const attempt = await tx.attempt.findUniqueOrThrow({
        where: { id: before.id },
        include: attemptInclude,
      });
      return { attempt, late: false };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
  if (outcome.late && before.deadline) {
    const answered = outcome.attempt.questions.filter((q) => q.answeredAt !== null).length;
    throw timeUp(before.deadline, answered);
  }
  return outcome.attempt;
}

async function record(
  tx: Prisma.TransactionClient,
  attemptId: string,
  feedback: AttemptWithQuestions['feedback'],
  c: {
    key: string;
    question: { id: string };
    label: string;
    answer: CheckedAnswer;
    credit: number;
  },
  now: Date,
) {
  await tx.answerSubmission.create({ data: { attemptId, key: c.key, questionId: c.question.id } });
  const { count } = await tx.attemptQuestion.updateMany({
    // Answers shown as right or wrong are final: only an unanswered question takes one.
    where: {
      id: c.question.id,
      ...(feedback === 'AFTER_EACH_QUESTION' ? { answeredAt: null } : {}),
    },
    data: {
      chosenOptionIds: c.answer.chosenOptionIds,
      answerText: c.answer.text,
      credit: c.credit,
      answeredAt: now,
    },
  });
  if (count === 0)
    throw new ClassroomError(
      'BAD_USER_INPUT',
      `${c.label} is already answered, and its feedback shown: an answer can't change after that.`,
    );
}
