import { type Db, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { type KnowledgeBase, type Question, questionsById } from '@attest/quiz';
import { touchSet } from '../db.ts';
import { findOwnedSet } from '../sets/find-owned-set.ts';
import { fingerprintOf, loadClaimStates } from './claim-state.ts';
import { assertRoom } from './limits.ts';
import { rivalsOf } from './rivals.ts';
import type { StoredOption } from './stored.ts';

/**
 * Adds questions from `generateQuestions` by their stable IDs, in the order given, each stored
 * as a snapshot with links to its claims and, for a fill-in, the base's rival names (the names
 * of other actors a slip must never be credited for). All or nothing: an unknown ID, or one already in the
 * set, is named and nothing is added.
 */
export async function addGeneratedQuestions(
  prisma: Db,
  ownerId: string,
  setId: string,
  questionIds: readonly string[],
  kb: KnowledgeBase,
): Promise<void> {
  await findOwnedSet(prisma, ownerId, setId);
  const ids = [...new Set(questionIds)];
  if (ids.length === 0) throw new AttestError('BAD_USER_INPUT', 'Give at least one question ID.');
  // The questions generateQuestions gives without a seed, under any filters (as the studio asks).
  const byId = questionsById(kb);
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new AttestError(
      'BAD_USER_INPUT',
      `No generated question has the ID ${unknown.map((id) => `"${id}"`).join(', ')}; nothing was added. Questions whose claims changed get new IDs: generate them again.`,
      { unknownQuestionIds: unknown },
    );
  }
  const questions = ids.map((id) => byId.get(id) as Question);
  const states = await loadClaimStates(
    prisma,
    questions.flatMap((q) => q.claimIds),
  );
  await withTransaction(prisma, async (tx) => {
    const existing = await tx.setQuestion.findMany({
      where: { setId },
      select: { position: true, stableId: true },
    });
    const present = new Map(existing.map((q) => [q.stableId, q.position]));
    const twins = ids.filter((id) => present.has(id));
    if (twins.length > 0) {
      throw new AttestError(
        'BAD_USER_INPUT',
        `Already in the set: ${twins.map((id) => `"${id}" (question ${present.get(id)})`).join(', ')}; nothing was added.`,
      );
    }
    assertRoom(existing.length, questions.length);
    const start = existing.reduce((max, q) => Math.max(max, q.position), 0) + 1;
    for (const [index, q] of questions.entries()) {
      await tx.setQuestion.create({
        data: {
          setId,
          position: start + index,
          type: q.type,
          prompt: q.prompt,
          options: q.options.map(
            (o): StoredOption => ({ id: o.id, text: o.text, correct: o.correct }),
          ),
          acceptedAnswers: q.acceptedAnswers,
          rivalAnswers: rivalsOf(q, { kb }),
          explanation: q.explanation,
          stableId: q.id,
          evidence: q.evidence.map((e) => ({ ...e })),
          claims: {
            create: [...new Set(q.claimIds)].flatMap((claimId) => {
              const state = states.get(claimId);
              return state ? [{ claimId, fingerprint: fingerprintOf(state) }] : [];
            }),
          },
        },
      });
    }
    await touchSet(tx, setId);
  });
}
