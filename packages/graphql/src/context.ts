import type { Viewer } from '@attest/auth';
import type { PrismaClient } from '@attest/db';

/** What every resolver receives. Built per request by the server. */
export interface Context {
  prisma: PrismaClient;
  /** The signed-in person, or null. */
  viewer: Viewer | null;
}
