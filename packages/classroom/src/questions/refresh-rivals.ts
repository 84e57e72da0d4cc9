import { type Db, withTransaction } from '@attest/db';
import { type KnowledgeBase, rivalAnswers } from '@attest/quiz';
import { findOwnedSet } from '../sets/find-owned-set.ts';

/**
 * Works out again the rival names of a set's fill-in questions, each from the knowledge base of
 * the one collection its linked claims belong to (`loadBase`; a question linking no claim, or
 * claims no longer there, keeps what it has). For a set whose near misses are turned on after its
 * questions were stored without rival names (sets older than the setting), and to take in names
 * a base gained since. The bases are read before the short write: PGlite has one connection.
 * Returns how many questions changed.
 */
export async function refreshRivalAnswers(
  prisma: Db,
  ownerId: string,
  setId: string,
  loadBase: (collectionId: string) => Promise<KnowledgeBase | undefined>,
): Promise<number> {
  await findOwnedSet(prisma, ownerId, setId);
  const questions = await prisma.setQuestion.findMany({
    where: { setId, type: 'FILL_IN' },
    select: {
      id: true,
      acceptedAnswers: true,
      rivalAnswers: true,
      claims: { select: { claimId: true } },
    },
  });
  const claims = await prisma.claim.findMany({
    where: { id: { in: questions.flatMap((q) => q.claims.map((c) => c.claimId)) } },
    select: { id: true, collectionId: true },
  });
  const collectionOf = new Map(claims.map((c) => [c.id, c.collectionId]));
  const bases = new Map<string, Promise<KnowledgeBase | undefined>>();
  const changes: { id: string; rivalAnswers: string[] }[] = [];
  for (const q of questions) {
    const collections = new Set(q.claims.flatMap((c) => collectionOf.get(c.claimId) ?? []));
    const [only] = collections;
    if (collections.size !== 1 || only === undefined) continue;
    if (!bases.has(only)) bases.set(only, loadBase(only));
    const kb = await bases.get(only);
    if (!kb) continue;
    const rivals = rivalAnswers(kb, q.acceptedAnswers);
    if (rivals.join('\n') !== q.rivalAnswers.join('\n'))
      changes.push({ id: q.id, rivalAnswers: rivals });
  }
  if (changes.length === 0) return 0;
  await withTransaction(prisma, async (tx) => {
    for (const c of changes)
      await tx.setQuestion.update({ where: { id: c.id }, data: { rivalAnswers: c.rivalAnswers } });
  });
  return changes.length;
}
