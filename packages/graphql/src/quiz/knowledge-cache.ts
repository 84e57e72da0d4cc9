import { CORPUS_COLLECTION_ID, type PrismaClient, readKnowledgeBase } from '@attest/db';
import type { KnowledgeBase } from '@attest/knowledge';
import { countQuestions, generateQuestions } from '@attest/quiz';

interface Cached {
  fingerprint: string;
  kb: Promise<KnowledgeBase>;
}

// Keyed by the long-lived client (not Db): a transaction's knowledge base is never cached.
const caches = new WeakMap<PrismaClient, Map<string, Cached>>();

/**
 * A collection's knowledge base as the quiz engine reads it, loaded once and reused until the
 * collection changes. A one-row query fingerprints its knowledge rows, so a write by any API
 * process is seen by all of them on their next request; nothing here is state another node
 * would need.
 */
export async function currentKnowledgeBase(
  prisma: PrismaClient,
  collectionId: string = CORPUS_COLLECTION_ID,
): Promise<KnowledgeBase> {
  const [row] = await prisma.$queryRaw<{ fingerprint: string }[]>`
    SELECT concat_ws('/',
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Claim"
        WHERE "collectionId" = ${collectionId}),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Actor"
        WHERE "collectionId" = ${collectionId}),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Source"
        WHERE "collectionId" = ${collectionId}),
      (SELECT count(*) FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId"
        WHERE c."collectionId" = ${collectionId}),
      (SELECT count(*) FROM "ActorAlias" a JOIN "Actor" x ON x.id = a."actorId"
        WHERE x."collectionId" = ${collectionId}),
      (SELECT count(*) FROM "ActorRelation" r JOIN "Actor" x ON x.id = r."subjectId"
        WHERE x."collectionId" = ${collectionId}),
      (SELECT count(*) FROM "Dispute" d JOIN "Claim" c ON c.id = d."firstId"
        WHERE c."collectionId" = ${collectionId}),
      (SELECT count(*) || ':' || coalesce(string_agg(id, ',' ORDER BY id), '') FROM "Predicate")
    ) AS fingerprint`;
  const fingerprint = row?.fingerprint ?? '';
  const cache = caches.get(prisma) ?? new Map<string, Cached>();
  caches.set(prisma, cache);
  const cached = cache.get(collectionId);
  if (cached?.fingerprint === fingerprint) return cached.kb;
  const kb = readKnowledgeBase(prisma, collectionId);
  cache.set(collectionId, { fingerprint, kb });
  kb.catch(() => cache.delete(collectionId));
  return kb;
}

/**
 * Loads the knowledge base and makes its question bank once, so that the first learner after a
 * start does not wait for the load, the index, the bank (every question no seed changes: seconds
 * at 100× the corpus) and the compiler. Resolves to how many questions the base gives.
 */
export async function warmQuiz(prisma: PrismaClient): Promise<number> {
  const kb = await currentKnowledgeBase(prisma);
  generateQuestions(kb, { count: 20 });
  return countQuestions(kb);
}
