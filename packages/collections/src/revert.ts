import { type Db, type Prisma, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { claimsOf, restoreActor } from './actors.ts';
import { refreshSearch, restoreClaim } from './claims.ts';
import { recordChange } from './history.ts';
import type { ActorSnapshot, ClaimSnapshot } from './snapshots.ts';

interface MergeRecord {
  merged: ActorSnapshot;
  moved: Record<'subject' | 'object' | 'speaker' | 'place', string[]>;
  movedRelations: { id: string; subjectId: string; objectId: string }[];
  addedAliases: string[];
}

/**
 * Undoes one change of the collection's history: what it created is removed, what it deleted
 * comes back, what it edited or merged is as it was. Refused while a later change to the same
 * thing stands (revert that first), and for a change already reverted. The revert is itself a
 * change in the history.
 */
export async function revertChange(
  prisma: Db,
  userId: string,
  collectionId: string,
  changeId: string,
) {
  return withTransaction(prisma, async (tx) => {
    const change = await tx.collectionChange.findUnique({ where: { id: changeId } });
    if (!change || change.collectionId !== collectionId)
      throw new AttestError('NOT_FOUND', 'This collection has no change with this ID.');
    if (change.revertedAt)
      throw new AttestError('CONFLICT', 'This change has been reverted already.');
    const later = await tx.collectionChange.findFirst({
      where: {
        collectionId,
        entityId: change.entityId,
        at: { gt: change.at },
        revertedAt: null,
        revertOfId: null,
      },
      orderBy: { at: 'desc' },
    });
    if (later)
      throw new AttestError(
        'CONFLICT',
        `A later change to the same thing stands (“${later.summary}”): revert it first.`,
      );
    await undo(tx, collectionId, change);
    await tx.collectionChange.update({ where: { id: changeId }, data: { revertedAt: new Date() } });
    return recordChange(tx, {
      collectionId,
      userId,
      action:
        change.action === 'CREATE' ? 'DELETE' : change.action === 'DELETE' ? 'CREATE' : 'UPDATE',
      entity: change.entity as 'Actor' | 'Claim' | 'Dispute',
      entityId: change.entityId,
      summary: `Reverted: ${change.summary}`,
      before: change.after,
      after: change.before,
      revertOfId: change.id,
    });
  });
}

async function undo(
  tx: Prisma.TransactionClient,
  collectionId: string,
  change: { action: string; entity: string; entityId: string; before: unknown },
) {
  const key = `${change.entity} ${change.action}`;
  switch (key) {
    case 'Claim CREATE':
      await tx.claim.deleteMany({ where: { id: change.entityId, collectionId } });
      return;
    case 'Claim UPDATE':
    case 'Claim DELETE':
      return restoreClaim(tx, await present(tx, change.before as ClaimSnapshot));
    case 'Actor CREATE': {
      const used = await claimsOf(tx, change.entityId);
      if (used.length > 0)
        throw new AttestError(
          'CONFLICT',
          'Claims name this actor now: remove or change them before reverting its creation.',
        );
      await tx.actor.deleteMany({ where: { id: change.entityId, collectionId } });
      return;
    }
    case 'Actor UPDATE':
    case 'Actor DELETE':
      await restoreActor(tx, change.before as ActorSnapshot);
      await refreshSearch(tx, await claimsOf(tx, change.entityId));
      return;
    case 'Dispute CREATE':
      await tx.dispute.deleteMany({ where: { id: change.entityId } });
      return;
    case 'Dispute DELETE': {
      const { id, firstId, secondId, aspect, description } = change.before as {
        id: string;
        firstId: string;
        secondId: string;
        aspect: string;
        description: string;
      };
      const present = await tx.claim.count({ where: { id: { in: [firstId, secondId] } } });
      if (present < 2)
        throw new AttestError('CONFLICT', 'A claim of this dispute has been removed since.');
      await tx.dispute.create({
        data: { id, firstId, secondId, aspect: aspect as never, description },
      });
      return;
    }
    case 'Actor MERGE':
      return unmerge(tx, change.entityId, change.before as MergeRecord);
    default:
      throw new AttestError('BAD_USER_INPUT', `A change of kind ${key} cannot be reverted.`);
  }
}

/** A claim snapshot whose actors are all still there (else the revert cannot stand). */
async function present(tx: Prisma.TransactionClient, snapshot: ClaimSnapshot) {
  const ids = [snapshot.subjectId, snapshot.objectId, snapshot.speakerId].filter(
    (x): x is string => typeof x === 'string',
  );
  const found = await tx.actor.count({ where: { id: { in: ids } } });
  if (found < new Set(ids).size)
    throw new AttestError(
      'CONFLICT',
      'An actor this claim names has been removed since: restore it first.',
    );
  return snapshot;
}

async function unmerge(tx: Prisma.TransactionClient, keptId: string, record: MergeRecord) {
  await restoreActor(tx, record.merged);
  const back = record.merged.id;
  const { subject, object, speaker, place } = record.moved;
  await tx.claim.updateMany({ where: { id: { in: subject } }, data: { subjectId: back } });
  await tx.claim.updateMany({ where: { id: { in: object } }, data: { objectId: back } });
  await tx.claim.updateMany({ where: { id: { in: speaker } }, data: { speakerId: back } });
  await tx.claim.updateMany({ where: { id: { in: place } }, data: { placeId: back } });
  for (const r of record.movedRelations) {
    await tx.actorRelation.updateMany({
      where: { id: r.id },
      data: { subjectId: r.subjectId, objectId: r.objectId },
    });
  }
  await tx.actorAlias.deleteMany({ where: { actorId: keptId, name: { in: record.addedAliases } } });
  await refreshSearch(tx, Object.values(record.moved).flat());
}
