import type { Prisma, PrismaClient } from './generated/prisma/client.ts';

/**
 * What every function that reads or writes the database takes: a client, or a transaction a
 * caller has open. `PrismaClient` itself is the parameter type only where a function needs the
 * client's own methods (`$queryRaw` outside a transaction, `$on`, `$disconnect`).
 */
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
