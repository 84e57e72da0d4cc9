import type { Prisma, PrismaClient } from './generated/prisma/client.ts';

/**
 * What every function that reads or writes the database takes: a client, or a transaction a
 * caller has open. `PrismaClient` itself is the parameter type only where a function needs the
 * client's own methods (`$queryRaw` outside a transaction, `$on`, `$disconnect`).
 */
export type Db = PrismaClient | Prisma.TransactionClient;

/** How long a transaction may wait to start and run, in milliseconds (Prisma's own defaults otherwise). */
export interface TransactionOptions {
  maxWait?: number;
  timeout?: number;
}

/**
 * Runs `fn` in a transaction, or inside the one `prisma` already is (then `options` are the
 * caller's to set). Callers keep these short and do their reading of the knowledge base before:
 * PGlite has one connection.
 */
export function withTransaction<T>(
  prisma: Db,
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  return '$transaction' in prisma ? prisma.$transaction(fn, options) : fn(prisma);
}
