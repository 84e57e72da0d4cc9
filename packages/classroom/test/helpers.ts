import { type Database, type DatabaseKind, seedKnowledgeBase } from '@attest/db';
import { openTestDatabase } from '@attest/db/testing';
import { AttestError } from '@attest/errors';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import type {} from '@attest/testing/postgres-setup';
import { inject } from 'vitest';
import { makeUser } from '../src/testing.ts';

/** The small knowledge base every suite here seeds. */
export const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

/** A test database of `kind` holding `mini`, and its one user so far, "owner". */
export async function openSeeded(kind: DatabaseKind): Promise<{ db: Database; ownerId: string }> {
  const db = await openTestDatabase(kind, inject('postgresUrl'));
  await seedKnowledgeBase(db.prisma, mini);
  return { db, ownerId: (await makeUser(db.prisma, 'owner')).id };
}

/**
 * How a call ended: 'no error', the refusal's code (with `withMessage`, "CODE: message"), or
 * "unexpected …" for anything but an AttestError, so a test sees what was thrown instead.
 */
export const refusalOf = (promise: Promise<unknown>, withMessage = false) =>
  promise.then(
    () => 'no error',
    (e: unknown) =>
      e instanceof AttestError
        ? withMessage
          ? `${e.code}: ${e.message}`
          : e.code
        : `unexpected ${String(e)}`,
  );
