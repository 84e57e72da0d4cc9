import { type PrismaClient, readKnowledgeBase } from '@attest/db';
import type { KnowledgeBase } from '@attest/knowledge';
import { generateQuestions } from '@attest/quiz';

interface Cached {
  fingerprint: string;
  kb: Promise<KnowledgeBase>;
}

const cache = new WeakMap<PrismaClient, Cached>();

/**
 * The knowledge base the quiz engine reads, loaded once and reused until the database changes.
 * A one-row query fingerprints the knowledge tables, so a write by any API process is seen by
 * all of them on their next request; nothing here is state another node would need.
 */
export async function currentKnowledgeBase(prisma: PrismaClient): Promise<KnowledgeBase> {
  const [row] = await prisma.$queryRaw<{ fingerprint: string }[]>`
    SELECT concat_ws('/',
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Claim"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Actor"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Source"),
      (SELECT count(*) FROM "Evidence"), (SELECT count(*) FROM "ActorAlias"),
      (SELECT count(*) FROM "ActorRelation"), (SELECT count(*) FROM "Dispute"),
      (SELECT count(*) || ':' || coalesce(string_agg(id, ',' ORDER BY id), '') FROM "Predicate")
    ) AS fingerprint`;
  const fingerprint = row?.fingerprint ?? '';
  const cached = cache.get(prisma);
  if (cached?.fingerprint === fingerprint) return cached.kb;
  const kb = readKnowledgeBase(prisma);
  cache.set(prisma, { fingerprint, kb });
  kb.catch(() => cache.delete(prisma));
  return kb;
}

/**
 * Loads the knowledge base and generates its questions once, so that the first learner after a
 * start does not wait for the load, the index, the questions no seed changes and the compiler
 * (about half a second on the corpus, against a tenth for later requests). Resolves to how many
 * questions the base gives.
 */
export async function warmQuiz(prisma: PrismaClient): Promise<number> {
  return generateQuestions(await currentKnowledgeBase(prisma)).length;
}
