import type { Db, Prisma } from '@attest/db';
import type { AttemptWithQuestions } from './find-attempt.ts';
import { newRowId } from './token.ts';

export interface AttemptRow {
  token: string;
  setId: string;
  userId: string | null;
  learnerName: string | null;
  studentId: string | null;
  learnerKey: string | null;
  feedback: AttemptWithQuestions['feedback'];
  acceptNearMisses: boolean;
  maxScore: number;
  startedAt: Date;
  deadline: Date | null;
}

export interface AttemptQuestionRow {
  setQuestionId: string;
  position: number;
  type: AttemptWithQuestions['questions'][number]['type'];
  prompt: string;
  options: Prisma.InputJsonValue;
  acceptedAnswers: string[];
  rivalAnswers: string[];
  explanation: string;
  evidence: Prisma.InputJsonValue;
  claimIds: string[];
}

const at = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Writes an attempt and its questions in one statement (no transaction needed), only while the
 * set's row is as it was read: published, not deleted, and with the same `updatedAt` (every
 * edit of a set or its questions bumps it). Null when it is not (nothing written): the caller
 * reads the set again. The attempt is built from what was written, not read back.
 */
export async function insertAttempt(
  prisma: Db,
  set: { id: string; updatedAt: Date },
  row: AttemptRow,
  questions: readonly AttemptQuestionRow[],
  setFields: AttemptWithQuestions['set'],
): Promise<AttemptWithQuestions | null> {
  const id = newRowId();
  const items = questions.map((q) => ({ ...q, id: newRowId() }));
  const [written] = await prisma.$queryRaw<{ n: number }[]>`
    WITH "set" AS (
      SELECT "id" FROM "QuestionSet"
      WHERE "id" = ${set.id} AND "publishedAt" IS NOT NULL AND "deletedAt" IS NULL
        AND "updatedAt" = ${at(set.updatedAt)}::timestamp(3)
    ), "attempt" AS (
      INSERT INTO "Attempt" ("id", "token", "setId", "userId", "learnerName", "studentId",
        "learnerKey", "deadline", "status", "feedback", "acceptNearMisses", "maxScore", "startedAt")
      SELECT ${id}, ${row.token}, "set"."id", ${row.userId}, ${row.learnerName}, ${row.studentId},
        ${row.learnerKey}, ${at(row.deadline)}::timestamp(3), 'IN_PROGRESS',
        ${row.feedback}::"FeedbackTiming", ${row.acceptNearMisses}, ${row.maxScore}, ${at(row.startedAt)}::timestamp(3)
      FROM "set"
      RETURNING "id"
    ), "questions" AS (
      INSERT INTO "AttemptQuestion" ("id", "attemptId", "setQuestionId", "position", "type",
        "prompt", "options", "acceptedAnswers", "rivalAnswers", "explanation", "evidence",
        "claimIds", "chosenOptionIds")
      SELECT q."id", "attempt"."id", q."setQuestionId", q."position",
        q."type"::"SetQuestionType", q."prompt", q."options", q."acceptedAnswers",
        q."rivalAnswers", q."explanation", q."evidence", q."claimIds", '{}'::text[]
      FROM "attempt", jsonb_to_recordset(${JSON.stringify(items)}::jsonb) AS q("id" text,
        "setQuestionId" text, "position" int, "type" text, "prompt" text, "options" jsonb,
        "acceptedAnswers" text[], "rivalAnswers" text[], "explanation" text, "evidence" jsonb, "claimIds" text[])
    )
    SELECT count(*)::int AS "n" FROM "attempt"`;
  if (!written || written.n === 0) return null;
  return {
    id,
    ...row,
    status: 'IN_PROGRESS',
    score: null,
    finishedAt: null,
    questions: items.map((q) => ({
      ...q,
      attemptId: id,
      options: q.options as Prisma.JsonValue,
      evidence: q.evidence as Prisma.JsonValue,
      chosenOptionIds: [],
      answerText: null,
      credit: null,
      almost: null,
      answeredAt: null,
    })),
    set: setFields,
  };
}
