import { type Db, type Prisma, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { z } from 'zod';
import { readOptions } from '../questions/stored.ts';
import { when } from '../rules/when.ts';
import { parseInput } from '../validate.ts';
import { type AttemptWithQuestions, attemptInclude, lockAttempt } from './find-attempt.ts';
import { closeLockedAttempt, isExpired } from './finish-attempt.ts';
import { type CheckedAnswer, markGiven } from './mark.ts';
import { readVersioned } from './versioned-read.ts';

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
  new AttestError(
    'TIME_UP',
    `Time is up: answers stopped counting at ${when(deadline)}. The attempt is finished with the ${answered} ${answered === 1 ? 'answer' : 'answers'} given before then.`,
    { deadline: deadline.toISOString() },
  );

const finished = () =>
  new AttestError('ATTEMPT_FINISHED', 'This attempt is finished: answers can no longer change.');

/**
 * Records answers, all or none. Each answer carries a client key: a key already recorded is a
 * retry and changes nothing, so a repeated request never counts twice. With feedback after each
 * question an answer is final; with feedback at the end it may change until the attempt is
 * finished. Concurrent retries and a concurrent finish are applied one after the other: answers
 * are written only while the attempt is as read (submitIfUnchanged), or else under the attempt's
 * lock (a short transaction). Past the attempt's deadline (time limit or
 * close date) new answers are refused with TIME_UP and the attempt closes itself, finished with
 * what was answered in time; a retry of an answer recorded in time still succeeds.
 */
export async function submitAnswers(
  prisma: Db,
  token: string,
  input: readonly AnswerInput[],
  { now = new Date() }: { now?: Date } = {},
): Promise<AttemptWithQuestions> {
  const answers = parseInput(answersSchema, input);
  const keys = answers.map((a) => a.key);
  if (new Set(keys).size !== keys.length)
    throw new AttestError('BAD_USER_INPUT', 'Two answers share a "key": give each its own.');
  const ids = answers.map((a) => a.questionId);
  if (new Set(ids).size !== ids.length)
    throw new AttestError('BAD_USER_INPUT', 'Two answers are for the same question.');

  const unlocked = await submitIfUnchanged(prisma, token, answers, keys, now);
  if (unlocked) return unlocked;

  // The attempt changed while being answered, or has run out of time: everything again under the
  // attempt's lock, read after taking it (five statements with BEGIN and COMMIT).
  const outcome = await withTransaction(
    prisma,
    async (tx) => {
      await lockAttempt(tx, token);
      // The attempt and the keys already recorded among these, read in one statement.
      const { submissions: seen, ...before } = await tx.attempt.findUniqueOrThrow({
        where: { token },
        include: {
          ...attemptInclude,
          submissions: { where: { key: { in: keys } }, select: { key: true, questionId: true } },
        },
      });
      const fresh = freshAnswers(checkAnswers(before, answers), seen);
      // Closed and committed before refusing, so the attempt is finished whatever the client does.
      if (closesByTime(before, now)) {
        const closed = await closeLockedAttempt(tx, before, now);
        return { attempt: closed, late: fresh.length > 0 };
      }
      if (fresh.length > 0 && before.status === 'FINISHED') throw finished();
      if (fresh.length === 0) return { attempt: before, late: false };
      await record(tx, before, fresh, now, null);
      return { attempt: withAnswers(before, fresh, now), late: false };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
  if (outcome.late && outcome.attempt.deadline) {
    const answered = outcome.attempt.questions.filter((q) => q.answeredAt !== null).length;
    throw timeUp(outcome.attempt.deadline, answered);
  }
  return outcome.attempt;
}

type Checked = ReturnType<typeof checkAnswers>[number];

/** Each answer checked against its question and marked (BAD_USER_INPUT when it can't be). */
function checkAnswers(before: AttemptWithQuestions, answers: readonly ParsedAnswer[]) {
  return answers.map((a) => {
    const question = before.questions.find((q) => q.id === a.questionId);
    const label = question ? `Question ${question.position + 1}` : `Question "${a.questionId}"`;
    if (!question) throw new AttestError('BAD_USER_INPUT', `${label} is not part of this attempt.`);
    const markable = { ...question, options: readOptions(question.options) };
    const nearMisses = before.acceptNearMisses;
    return { key: a.key, question, label, ...markGiven(markable, a, label, { nearMisses }) };
  });
}

/** The answers whose keys are not recorded yet; a key recorded for another question is refused. */
function freshAnswers(
  checked: readonly Checked[],
  seen: readonly { key: string; questionId: string }[],
): Checked[] {
  return checked.filter((c) => {
    const earlier = seen.find((s) => s.key === c.key);
    if (earlier && earlier.questionId !== c.question.id)
      throw new AttestError(
        'BAD_USER_INPUT',
        `The key "${c.key}" was already used for another question: give each answer its own key.`,
      );
    return !earlier;
  });
}

/**
 * Past its deadline, an attempt still running is closed (and one its deadline closed answers
 * TIME_UP to late answers, not ATTEMPT_FINISHED).
 */
function closesByTime(before: AttemptWithQuestions, now: Date): boolean {
  const closedByTime =
    before.status === 'FINISHED' && before.finishedAt?.getTime() === before.deadline?.getTime();
  return isExpired(before, now) && (before.status === 'IN_PROGRESS' || closedByTime);
}

/** The attempt as read, with the fresh answers recorded: built, not read again. */
function withAnswers(
  before: AttemptWithQuestions,
  fresh: readonly Checked[],
  now: Date,
): AttemptWithQuestions {
  const byId = new Map(fresh.map((c) => [c.question.id, c]));
  return {
    ...before,
    questions: before.questions.map((q) => {
      const c = byId.get(q.id);
      return c
        ? {
            ...q,
            chosenOptionIds: c.answer.chosenOptionIds,
            answerText: c.answer.text,
            credit: c.credit,
            almost: c.almost,
            answeredAt: now,
          }
        : q;
    }),
  };
}

const alreadyAnswered = (label: string) =>
  new AttestError(
    'BAD_USER_INPUT',
    `${label} is already answered, and its feedback shown: an answer can't change after that.`,
  );

/**
 * The usual case in two statements and no transaction: the attempt read with its row version,
 * the answers checked against it, then written in one statement only if the attempt's row still
 * has that version (every write to an attempt changes it). Null when it changed in between, or
 * when the attempt must be closed for time: the caller does it all under the lock. What is
 * refused here is refused whatever happened since (questions never change; keys, answers shown
 * and finishing are final).
 */
async function submitIfUnchanged(
  prisma: Db,
  token: string,
  answers: readonly ParsedAnswer[],
  keys: readonly string[],
  now: Date,
): Promise<AttemptWithQuestions | null> {
  const { attempt: before, version, seen } = await readVersioned(prisma, token, keys);
  const fresh = freshAnswers(checkAnswers(before, answers), seen);
  if (closesByTime(before, now)) return null;
  if (fresh.length > 0 && before.status === 'FINISHED') throw finished();
  if (fresh.length === 0) return before;
  if (before.feedback === 'AFTER_EACH_QUESTION') {
    const answered = fresh.find((c) => c.question.answeredAt !== null);
    if (answered) throw alreadyAnswered(answered.label);
  }
  const written = await record(prisma, before, fresh, now, version);
  return written ? withAnswers(before, fresh, now) : null;
}

type ParsedAnswer = z.output<typeof answersSchema>[number];

interface Fresh {
  key: string;
  question: { id: string };
  label: string;
  answer: CheckedAnswer;
  credit: number;
  almost: string | null;
}

/**
 * Records the fresh answers in one statement: their keys, and the answers on their questions.
 * Answers shown as right or wrong are final: with feedback after each question only an
 * unanswered question takes one, and an answered one refuses the whole request (the
 * transaction rolls back, keys included).
 */
async function record(
  tx: Prisma.TransactionClient,
  attempt: Pick<AttemptWithQuestions, 'id' | 'feedback'>,
  fresh: readonly Fresh[],
  now: Date,
  version: string | null,
): Promise<boolean> {
  const rows = JSON.stringify(
    fresh.map((c) => ({
      key: c.key,
      questionId: c.question.id,
      chosen: c.answer.chosenOptionIds,
      text: c.answer.text,
      credit: c.credit,
      almost: c.almost,
    })),
  );
  const onlyUnanswered = attempt.feedback === 'AFTER_EACH_QUESTION';
  // The attempt's row is written too ("ok"), changing its version, and everything else joins it:
  // with a version given, nothing is written unless the row still had it.
  const updated = await tx.$queryRaw<{ id: string }[]>`
    WITH ok AS (
      UPDATE "Attempt" SET "status" = "status"
      WHERE "id" = ${attempt.id} AND (${version}::text IS NULL OR "xmin"::text = ${version}::text)
      RETURNING "id"
    ), v AS (
      SELECT * FROM jsonb_to_recordset(${rows}::jsonb)
        AS v("key" text, "questionId" text, "chosen" text[], "text" text, "credit" float8,
          "almost" text)
    ), keys AS (
      INSERT INTO "AnswerSubmission" ("attemptId", "key", "questionId")
      SELECT ok."id", v."key", v."questionId" FROM v, ok
    )
    UPDATE "AttemptQuestion" q
    SET "chosenOptionIds" = v."chosen", "answerText" = v."text", "credit" = v."credit",
      "almost" = v."almost",
      "answeredAt" = ${now.toISOString()}::timestamp(3)
    FROM v, ok
    WHERE q."id" = v."questionId" AND q."attemptId" = ok."id"
      AND (${onlyUnanswered} = false OR q."answeredAt" IS NULL)
    RETURNING q."id"`;
  // Nothing written: the attempt changed since it was read (only ever with a version given).
  if (version !== null && updated.length === 0) return false;
  const done = new Set(updated.map((u) => u.id));
  const refused = fresh.find((c) => !done.has(c.question.id));
  if (refused) throw alreadyAnswered(refused.label);
  return true;
}
