import type { PrismaClient } from '@attest/db';

/** What every resolver receives. Built per request by the server. */
export interface Context {
  prisma: PrismaClient;
}
