import type { Prisma } from '@attest/db';

export type ChangeAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'MERGE';
export type ChangeEntity = 'Actor' | 'Claim' | 'Dispute' | 'Source';

export interface ChangeRecord {
  collectionId: string;
  userId: string;
  action: ChangeAction;
  entity: ChangeEntity;
  entityId: string;
  summary: string;
  before?: unknown;
  after?: unknown;
  revertOfId?: string;
}

const json = (value: unknown) =>
  value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Keeps one change in the collection's history, inside the transaction that made it. */
export function recordChange(tx: Prisma.TransactionClient, change: ChangeRecord) {
  return tx.collectionChange.create({
    data: {
      collectionId: change.collectionId,
      userId: change.userId,
      action: change.action,
      entity: change.entity,
      entityId: change.entityId,
      summary: change.summary,
      before: json(change.before),
      after: json(change.after),
      revertOfId: change.revertOfId ?? null,
    },
  });
}
