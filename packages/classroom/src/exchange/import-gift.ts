import type { SetQuestion } from '@attest/db';
import { type Db, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { fromGift, type ImportedQuestion } from '@attest/exchange';
import { touchSet } from '../db.ts';
import { assertRoom } from '../questions/limits.ts';
import { optionId } from '../questions/question-input.ts';
import { optionKey, questionProblems } from '../questions/question-problems.ts';
import { readEvidence, readOptions, type StoredOption } from '../questions/stored.ts';
import { findOwnedSet } from '../sets/find-owned-set.ts';

export interface GiftImportReport {
  imported: number;
  updated: number;
  skipped: { title: string | null; reason: string }[];
  warnings: string[];
}

/** Longest GIFT text taken in one go (about a thousand questions). */
const MAX_GIFT_LENGTH = 1_000_000;

/**
 * Reads GIFT into the set. A question whose title is the stable ID of one already in the set
 * updates it (so re-importing an edited export changes questions instead of duplicating them);
 * others are added at the end. What cannot be used is skipped with the reason; the rest is
 * written in one transaction.
 */
export async function importGift(
  prisma: Db,
  ownerId: string,
  setId: string,
  gift: string,
): Promise<GiftImportReport> {
  await findOwnedSet(prisma, ownerId, setId);
  if (gift.length > MAX_GIFT_LENGTH) {
    throw new AttestError(
      'BAD_USER_INPUT',
      `The GIFT text is longer than ${MAX_GIFT_LENGTH} characters.`,
    );
  }
  if (gift.trim() === '') throw new AttestError('BAD_USER_INPUT', 'The GIFT text is empty.');
  const parsed = fromGift(gift);
  const report: GiftImportReport = {
    imported: 0,
    updated: 0,
    skipped: parsed.skipped.map((s) => ({ title: s.title, reason: s.reason })),
    warnings: parsed.warnings.map((w) => `Question ${w.index} (${w.id}): ${w.message}`),
  };
  await withTransaction(prisma, async (tx) => {
    const existing = await tx.setQuestion.findMany({ where: { setId } });
    const byStableId = new Map(existing.map((q) => [q.stableId, q]));
    const fresh: ImportedQuestion[] = [];
    for (const question of parsed.questions) {
      const current = byStableId.get(question.id);
      const options = keepOptionIds(question, current);
      const problems = questionProblems({ ...question, options });
      if (problems.length > 0) {
        report.skipped.push({ title: question.id, reason: problems.join('; ') });
        continue;
      }
      if (question.feedback || question.options.some((o) => o.feedback)) {
        report.warnings.push(
          `${question.id}: answer feedback is not kept (sets show the explanation).`,
        );
      }
      if (!current) {
        fresh.push(question);
        continue;
      }
      await tx.setQuestion.update({
        where: { id: current.id },
        data: {
          type: question.type,
          prompt: question.prompt,
          options,
          acceptedAnswers: question.acceptedAnswers,
          explanation: withoutEvidence(question.explanation, current),
        },
      });
      report.updated++;
    }
    assertRoom(existing.length, fresh.length);
    let position = existing.reduce((max, q) => Math.max(max, q.position), 0);
    for (const question of fresh) {
      await tx.setQuestion.create({
        data: {
          setId,
          position: ++position,
          type: question.type,
          prompt: question.prompt,
          options: keepOptionIds(question, undefined),
          acceptedAnswers: question.acceptedAnswers,
          explanation: question.explanation,
          stableId: question.id,
          evidence: [],
        },
      });
      report.imported++;
    }
    if (report.imported + report.updated > 0) await touchSet(tx, setId);
  });
  return report;
}

/**
 * Options keep the IDs they had when their text is unchanged, so statistics per option carry
 * on across an edit made in Moodle; new options get IDs from their text.
 */
function keepOptionIds(
  question: ImportedQuestion,
  current: SetQuestion | undefined,
): StoredOption[] {
  const known = new Map(readOptions(current?.options).map((o) => [optionKey(o.text), o.id]));
  return question.options.map((o) => ({
    id: known.get(optionKey(o.text)) ?? optionId(o.text),
    text: o.text,
    correct: o.correct,
  }));
}

/**
 * Exports add the evidence to the general feedback; reading it back, that part is dropped again
 * for a question that keeps its evidence, so a round trip does not grow the explanation.
 */
function withoutEvidence(explanation: string, current: SetQuestion): string {
  if (readEvidence(current.evidence).length === 0) return explanation;
  return explanation.replace(/(?:^|\n\n)Evidence:\n[\s\S]*$/, '').trim();
}
