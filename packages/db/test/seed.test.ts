import { loadKnowledgeBase, sliceCodePoints } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { type Database, type DatabaseKind, seedKnowledgeBase } from '../src/index.ts';
import { dumpKnowledge, openTestDatabase } from '../src/testing.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

describe.each<DatabaseKind>(['pglite', 'postgres'])('seedKnowledgeBase on %s', (kind) => {
  let db: Database;
  beforeEach(async () => {
    db = await openTestDatabase(kind, inject('postgresUrl'));
  });
  afterEach(() => db.close());

  it('loads every entity with exact evidence offsets', async () => {
    const result = await seedKnowledgeBase(db.prisma, mini);
    expect(result).toEqual({
      changed: true,
      counts: { sources: 2, actors: 6, claims: 4, evidence: 5, disputes: 1 },
    });
    expect(await db.prisma.claim.count()).toBe(4);
    expect(
      await db.prisma.actorAlias.findMany({ select: { name: true, normalized: true } }),
    ).toEqual([{ name: 'Lindstrom', normalized: 'lindstrom' }]);
    const evidence = await db.prisma.evidence.findMany({ include: { source: true } });
    expect(evidence).toHaveLength(5);
    for (const e of evidence) expect(sliceCodePoints(e.source.text, e.start, e.end)).toBe(e.quote);
    const relation = await db.prisma.actorRelation.findFirstOrThrow({
      include: { claim: { include: { evidence: true } } },
    });
    expect(relation).toMatchObject({ type: 'MEMBER_OF', subjectId: 'arden', objectId: 'alliance' });
    expect(relation.claim?.evidence[0]?.quote).toBe('Members are Arden and Borduria.');
    const source = await db.prisma.source.findUniqueOrThrow({
      where: { id: 'gazette' },
      include: { noise: true },
    });
    expect(source).toMatchObject({
      publishedPrecision: 'MONTH',
      publishedAt: new Date('2023-05-01T00:00:00Z'),
    });
    expect(source.noise).toHaveLength(1);
  });

  it('is idempotent: seeding again gives the same database', async () => {
    await seedKnowledgeBase(db.prisma, mini);
    const first = await dumpKnowledge(db);
    expect((await seedKnowledgeBase(db.prisma, mini)).changed).toBe(false);
    expect((await seedKnowledgeBase(db.prisma, mini, { force: true })).changed).toBe(true);
    expect(await dumpKnowledge(db)).toEqual(first);
  });

  it('updates changed entities and removes the ones the files no longer hold', async () => {
    await seedKnowledgeBase(db.prisma, mini);
    const edited = {
      ...mini,
      claims: mini.claims.filter((c) => c.id !== 'arden-member'),
      relations: [],
      actors: mini.actors.map((a) =>
        a.id === 'karl-tesk' ? { ...a, description: 'Former president of Borduria' } : a,
      ),
    };
    await seedKnowledgeBase(db.prisma, edited);
    expect(await db.prisma.claim.findUnique({ where: { id: 'arden-member' } })).toBeNull();
    expect(await db.prisma.actorRelation.count()).toBe(0);
    expect(
      (await db.prisma.actor.findUniqueOrThrow({ where: { id: 'karl-tesk' } })).description,
    ).toBe('Former president of Borduria');
  });

  it('writes nothing when any part of the seed fails', async () => {
    await seedKnowledgeBase(db.prisma, mini);
    const before = await dumpKnowledge(db);
    const broken = {
      ...mini,
      actors: mini.actors.map((a) => ({ ...a, name: `${a.name} (renamed)` })),
      // Evidence citing a source that does not exist fails at the database, after the renames.
      claims: mini.claims.map((c) => ({
        ...c,
        evidence: c.evidence.map((e) => ({ ...e, sourceId: 'nowhere' })),
      })),
    };
    await expect(seedKnowledgeBase(db.prisma, broken)).rejects.toThrow();
    expect(await dumpKnowledge(db)).toEqual(before);
  });
});
