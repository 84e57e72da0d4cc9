import { randomBytes } from 'node:crypto';
import { type Db, seedRows, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { type KnowledgeBase, renameIds } from '@attest/knowledge';
import { recordChange } from './history.ts';

/** A fresh key for an imported entity: the files' keys may be taken by another collection. */
const freshId = () => randomBytes(12).toString('hex');

/**
 * Adds a knowledge base (read from the curated files format and verified by buildKnowledgeBase)
 * to a collection, all or nothing. Every source, actor and claim gets a new key, so the same
 * files import into any collection. Predicates are the database's vocabulary: a file using one
 * it lacks is refused, as is a text the collection already holds.
 */
export async function importKnowledge(
  prisma: Db,
  userId: string,
  collectionId: string,
  kb: KnowledgeBase,
) {
  const known = new Set(
    (await prisma.predicate.findMany({ select: { id: true } })).map((p) => p.id),
  );
  const unknown = [...new Set(kb.claims.map((c) => c.predicateId))].filter((p) => !known.has(p));
  if (unknown.length > 0) {
    throw new AttestError(
      'BAD_USER_INPUT',
      `Unknown predicates: ${unknown.join(', ')}. A collection uses Attest's vocabulary (the predicates query).`,
    );
  }
  const ids = new Map<string, string>();
  const id = (old: string) => {
    const fresh = ids.get(old) ?? freshId();
    ids.set(old, fresh);
    return fresh;
  };
  const renamed = renameIds(kb, id);
  const duplicates = await prisma.source.findMany({
    where: { collectionId, contentHash: { in: kb.sources.map((s) => s.contentHash) } },
    select: { title: true },
  });
  if (duplicates.length > 0) {
    throw new AttestError(
      'CONFLICT',
      `This collection already holds ${duplicates.map((d) => `“${d.title}”`).join(', ')}.`,
    );
  }
  const rows = seedRows(renamed, collectionId);
  await withTransaction(
    prisma,
    async (tx) => {
      await tx.source.createMany({ data: rows.sources });
      await tx.noiseRegion.createMany({ data: rows.noise });
      await tx.actor.createMany({ data: rows.actors });
      await tx.actorAlias.createMany({ data: rows.aliases });
      await tx.claim.createMany({ data: rows.claims });
      await tx.evidence.createMany({ data: rows.evidence });
      await tx.actorRelation.createMany({ data: rows.relations });
      await tx.dispute.createMany({ data: renamed.disputes });
      await tx.$executeRaw`SELECT attest_refresh_claim_search(${renamed.claims.map((c) => c.id)}::text[])`;
      await recordChange(tx, {
        collectionId,
        userId,
        action: 'CREATE',
        entity: 'Source',
        entityId: collectionId,
        summary: `Imported ${kb.sources.length} sources, ${kb.actors.length} actors and ${kb.claims.length} claims`,
      });
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  return {
    sources: kb.sources.length,
    actors: kb.actors.length,
    claims: kb.claims.length,
    disputes: kb.disputes.length,
  };
}
