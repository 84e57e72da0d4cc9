import { type Database, type DatabaseKind, searchClaims, seedKnowledgeBase } from '@attest/db';
import { openTestDatabase } from '@attest/db/testing';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  addSource,
  createActor,
  createClaim,
  createCollection,
  deleteClaim,
  revertChange,
  updateActor,
} from '../src/index.ts';

const TEXT =
  'Quarnholm has been a member of the Velgard Pact since 2004. Ministers met on Tuesday.';
const PASSAGE = 'Quarnholm has been a member of the Velgard Pact since 2004';

/**
 * Search reads what writes keep (folded names, word counts): after each curator's change it
 * finds what a search over freshly built data would find.
 */
describe.each<DatabaseKind>(['pglite', 'postgres'])('the search index on %s', (kind) => {
  let db: Database;
  let collectionId: string;
  let sourceId: string;
  const user = 'curator';
  beforeAll(async () => {
    db = await openTestDatabase(kind, inject('postgresUrl'));
    await seedKnowledgeBase(db.prisma, loadKnowledgeBase(miniKnowledgeBaseDir));
    await db.prisma.user.create({ data: { id: user, name: 'C', email: 'c@example.org' } });
    collectionId = (await createCollection(db.prisma, user, { name: 'Quarnholm' })).id;
    sourceId = (await addSource(db.prisma, collectionId, { text: TEXT, title: 'Pact talks' })).id;
  });
  afterAll(() => db.close());

  const top = async (text: string) => (await searchClaims(db.prisma, text)).map((h) => h.id);
  /** The word counts, as kept on write and as counted from scratch. */
  const wordCounts = async () => {
    const kept = await db.prisma.$queryRaw<{ lexeme: string; claims: number }[]>`
      SELECT lexeme, claims FROM "SearchTerm" ORDER BY lexeme`;
    const counted = await db.prisma.$queryRaw<{ lexeme: string; claims: number }[]>`
      SELECT lexeme, count(*)::int AS claims FROM (
        SELECT '' AS lexeme FROM "Claim"
        UNION ALL SELECT unnest(tsvector_to_array("searchVector")) FROM "Claim"
      ) words GROUP BY lexeme ORDER BY lexeme`;
    return { kept, counted };
  };

  let claimId: string;
  let actorId: string;

  it('finds a claim added after seeding, by its words and by a misspelling', async () => {
    const country = await createActor(db.prisma, user, collectionId, {
      name: 'Quarnholm',
      kind: 'COUNTRY',
    });
    actorId = country.id;
    const pact = await createActor(db.prisma, user, collectionId, {
      name: 'Velgard Pact',
      kind: 'ALLIANCE',
    });
    const start = TEXT.indexOf(PASSAGE);
    claimId = (
      await createClaim(db.prisma, user, collectionId, {
        subjectId: country.id,
        predicateId: 'member_of',
        objectId: pact.id,
        evidence: [{ sourceId, start, end: start + PASSAGE.length }],
      })
    ).id;
    expect((await top('Which pact is Quarnholm a member of?'))[0]).toBe(claimId);
    expect(await top('Velgardd')).toContain(claimId);
    const { kept, counted } = await wordCounts();
    expect(kept).toEqual(counted);
  });

  it('finds a renamed actor by its new name', async () => {
    expect(await top('Ostrovania')).toEqual([]);
    // The claim's statement keeps the old name; only the actor's name says Ostrovania.
    await updateActor(db.prisma, user, collectionId, actorId, { name: 'Ostrovania' });
    expect(await top('Ostrovania')).toContain(claimId);
    expect(await top('Ostrovnia')).toContain(claimId);
    const { kept, counted } = await wordCounts();
    expect(kept).toEqual(counted);
  });

  it('no longer matches an alias once it is removed', async () => {
    await updateActor(db.prisma, user, collectionId, actorId, {
      aliases: [{ name: 'Brimwick', kind: 'VARIANT' }],
    });
    expect(await top('Brimwick')).toContain(claimId);
    const added = await db.prisma.collectionChange.findFirst({
      where: { collectionId, entityId: actorId },
      orderBy: { at: 'desc' },
    });
    await revertChange(db.prisma, user, collectionId, added?.id ?? '');
    expect(await db.prisma.actorAlias.count({ where: { name: 'Brimwick' } })).toBe(0);
    expect(await top('Brimwick')).not.toContain(claimId);
  });

  it('forgets a deleted claim, and its words count no more', async () => {
    await deleteClaim(db.prisma, user, collectionId, claimId);
    expect(await top('Which pact is Ostrovania a member of?')).not.toContain(claimId);
    const { kept, counted } = await wordCounts();
    expect(kept).toEqual(counted);
    expect(kept.find((t) => t.lexeme === 'velgard')).toBeUndefined();
  });
});
