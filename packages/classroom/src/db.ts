import type { Prisma, PrismaClient } from '@attest/db';

/** A client or an open transaction: domain functions work inside either. */
export type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Runs `fn` in a transaction, or inside the one `prisma` already is. Callers keep these short
 * and do their reading of the knowledge base before: PGlite has one connection.
 */
export function withTransaction<T>(
  prisma: Db,
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return '$transaction' in prisma ? prisma.$transaction(fn) : fn(prisma);
}

/** Marks a set as edited when its questions change. */
export async function touchSet(tx: Db, setId: string): Promise<void> {
  await tx.questionSet.update({ where: { id: setId }, data: { updatedAt: new Date() } });
}
