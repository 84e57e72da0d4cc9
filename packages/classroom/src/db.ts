import type { Prisma, PrismaClient } from '@attest/db';

/** A client or an open transaction: domain functions work inside either. */
export type Db = PrismaClient | Prisma.TransactionClient;
