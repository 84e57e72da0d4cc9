import type { Db, Prisma } from '@attest/db';
import { type AttemptWithQuestions, attemptNotFound } from './find-attempt.ts';

/**
 * An attempt read without a lock, with its row version (PostgreSQL's `xmin`), for the writes
 * that apply only while the attempt is still as read (see `writeIfUnchanged`). Every write to an
 * attempt or its answers writes the attempt's row (submitAnswers' bump, finishing), so the same
 * version means nothing about the attempt changed since.
 */
export interface VersionedAttempt {
  attempt: AttemptWithQuestions;
  version: string;
  /** The keys among those asked for that are already recorded, with their question. */
  seen: { key: string; questionId: string }[];
}

type Row = {
  version: string;
  attempt: Record<string, unknown>;
  questions: Record<string, unknown>[];
  set: Record<string, unknown>;
  seen: { key: string; questionId: string }[];
};

// JSON gives timestamp(3) columns as local ISO text without a zone; they are stored in UTC.
const date = (value: unknown): Date | null =>
  typeof value === 'string' ? new Date(value.endsWith('Z') ? value : `${value}Z`) : null;

/** One statement: the attempt, its questions in order, its set's settings, the keys seen. */
export async function readVersioned(
  db: Db,
  token: string,
  keys: readonly string[] = [],
): Promise<VersionedAttempt> {
  if (token.length === 0 || token.length > 100) throw attemptNotFound();
  const [row] = await db.$queryRaw<Row[]>`
    SELECT a."xmin"::text AS "version", to_jsonb(a) AS "attempt",
      coalesce((SELECT jsonb_agg(to_jsonb(q) ORDER BY q."position") FROM "AttemptQuestion" q
        WHERE q."attemptId" = a."id"), '[]'::jsonb) AS "questions",
      (SELECT jsonb_build_object('title', s."title", 'description', s."description",
          'shareSlug', s."shareSlug", 'drawCount', s."drawCount", 'feedback', s."feedback",
          'identity', s."identity", 'attemptsAllowed', s."attemptsAllowed",
          'timeLimitSeconds', s."timeLimitSeconds", 'opensAt', s."opensAt",
          'closesAt', s."closesAt")
        FROM "QuestionSet" s WHERE s."id" = a."setId") AS "set",
      coalesce((SELECT jsonb_agg(jsonb_build_object('key', k."key", 'questionId', k."questionId"))
        FROM "AnswerSubmission" k WHERE k."attemptId" = a."id" AND k."key" = ANY(${[...keys]}::text[])),
        '[]'::jsonb) AS "seen"
    FROM "Attempt" a WHERE a."token" = ${token}`;
  if (!row) throw attemptNotFound();
  const a = row.attempt;
  const attempt = {
    ...(a as Omit<AttemptWithQuestions, 'questions' | 'set'>),
    startedAt: date(a.startedAt) as Date,
    deadline: date(a.deadline),
    finishedAt: date(a.finishedAt),
    questions: row.questions.map((q) => ({
      ...(q as Omit<AttemptWithQuestions['questions'][number], 'answeredAt'>),
      // Arrays written as NULL read as empty, as Prisma reads them.
      acceptedAnswers: (q.acceptedAnswers as string[] | null) ?? [],
      claimIds: (q.claimIds as string[] | null) ?? [],
      chosenOptionIds: (q.chosenOptionIds as string[] | null) ?? [],
      options: q.options as Prisma.JsonValue,
      evidence: q.evidence as Prisma.JsonValue,
      answeredAt: date(q.answeredAt),
    })),
    set: {
      ...(row.set as Omit<AttemptWithQuestions['set'], 'opensAt' | 'closesAt'>),
      opensAt: date(row.set.opensAt),
      closesAt: date(row.set.closesAt),
    },
  } satisfies AttemptWithQuestions;
  return { attempt, version: row.version, seen: row.seen };
}
