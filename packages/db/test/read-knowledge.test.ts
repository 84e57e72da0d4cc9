import { type KnowledgeBase, loadKnowledgeBase } from '@attest/knowledge';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  CORPUS_COLLECTION_ID,
  type Database,
  type DatabaseKind,
  readKnowledgeBase,
  seedKnowledgeBase,
} from '../src/index.ts';
import { openTestDatabase } from '../src/testing.ts';

type Part = 'sources' | 'actors' | 'claims';
const PARTS: Part[] = ['sources', 'actors', 'claims'];

/** The ids of a part whose row objects differ between two versions (new rows included). */
function rowsReadAgain(before: KnowledgeBase, after: KnowledgeBase, part: Part): string[] {
  const old = new Map<string, unknown>(before[part].map((row) => [row.id, row]));
  return after[part].filter((row) => old.get(row.id) !== row).map((row) => row.id);
}

describe.each<DatabaseKind>(['pglite', 'postgres'])(
  'readKnowledgeBase after a change, on %s',
  (kind) => {
    let db: Database;
    let version: KnowledgeBase;
    beforeAll(async () => {
      db = await openTestDatabase(kind, inject('postgresUrl'));
      await seedKnowledgeBase(db.prisma, loadKnowledgeBase());
      version = await readKnowledgeBase(db.prisma);
    });
    afterAll(() => db.close());

    /**
     * Makes a change, then reads the next version from the previous one: it must equal a read
     * from nothing, and hold the previous version's very objects for every row but those the
     * change touched (so only those were read again).
     */
    async function afterChange(
      change: () => Promise<unknown>,
      touched: Partial<Record<Part, string[]>>,
    ) {
      await change();
      const next = await readKnowledgeBase(db.prisma, CORPUS_COLLECTION_ID, version);
      expect(next).toEqual(await readKnowledgeBase(db.prisma));
      for (const part of PARTS)
        expect(rowsReadAgain(version, next, part).sort(), part).toEqual(
          [...(touched[part] ?? [])].sort(),
        );
      version = next;
      return next;
    }

    const someClaim = (i: number) => version.claims[i]?.id ?? '';

    it('reads nothing again when nothing changed', async () => {
      await afterChange(async () => {}, {});
    });

    it('reads again a claim whose own row changed', async () => {
      const id = someClaim(3);
      const next = await afterChange(
        () => db.prisma.claim.update({ where: { id }, data: { statement: 'Edited.' } }),
        { claims: [id] },
      );
      expect(next.claims.find((c) => c.id === id)?.statement).toBe('Edited.');
    });

    it('reads again a claim whose evidence was added, edited or removed', async () => {
      const id = someClaim(5);
      const evidence = await db.prisma.evidence.findFirstOrThrow({ where: { claimId: id } });
      const { id: _, ...row } = evidence;
      await afterChange(
        () => db.prisma.evidence.create({ data: { ...row, start: row.start + 100_000 } }),
        { claims: [id] },
      );
      await afterChange(
        () => db.prisma.evidence.update({ where: { id: evidence.id }, data: { prefix: 'x' } }),
        { claims: [id] },
      );
      await afterChange(() => db.prisma.evidence.delete({ where: { id: evidence.id } }), {
        claims: [id],
      });
    });

    it('reads again an actor whose alias changed, and a source whose noise changed', async () => {
      const actor = version.actors[2]?.id ?? '';
      const source = version.sources[1]?.id ?? '';
      await afterChange(
        () =>
          db.prisma.actorAlias.create({
            data: { actorId: actor, name: 'Zed', kind: 'NAME', normalized: 'zed' },
          }),
        { actors: [actor] },
      );
      await afterChange(() => db.prisma.actorAlias.deleteMany({ where: { name: 'Zed' } }), {
        actors: [actor],
      });
      await afterChange(
        () =>
          db.prisma.noiseRegion.create({
            data: { sourceId: source, label: 'advert', start: 0, end: 1 },
          }),
        { sources: [source] },
      );
    });

    it('adds new rows, drops deleted ones and those moved to another collection', async () => {
      const subjectId = version.actors[0]?.id ?? '';
      const model = version.claims[0];
      if (!model) throw new Error('no claim');
      const other = await db.prisma.collection.create({ data: { slug: 'other', name: 'Other' } });
      const moved = someClaim(7);
      const deleted = someClaim(8);
      const next = await afterChange(
        async () => {
          await db.prisma.actor.create({
            data: {
              id: 'zz-new-actor',
              collectionId: CORPUS_COLLECTION_ID,
              name: 'New',
              kind: 'PERSON',
            },
          });
          await db.prisma.claim.create({
            data: {
              id: 'zz-new-claim',
              collectionId: CORPUS_COLLECTION_ID,
              subjectId,
              predicateId: model.predicateId,
              statement: 'A new claim.',
              modality: 'FACT',
            },
          });
          await db.prisma.claim.update({ where: { id: moved }, data: { collectionId: other.id } });
          await db.prisma.evidence.deleteMany({ where: { claimId: deleted } });
          await db.prisma.claim.delete({ where: { id: deleted } });
        },
        { actors: ['zz-new-actor'], claims: ['zz-new-claim'] },
      );
      const ids = new Set(next.claims.map((c) => c.id));
      expect(ids.has('zz-new-claim')).toBe(true);
      expect(ids.has(moved) || ids.has(deleted)).toBe(false);
    });

    it('reads a part whole when much of it changed, with the same answer', async () => {
      const ids = version.claims.slice(0, Math.ceil(version.claims.length / 2)).map((c) => c.id);
      await db.prisma.claim.updateMany({ where: { id: { in: ids } }, data: { rank: 'NORMAL' } });
      const next = await readKnowledgeBase(db.prisma, CORPUS_COLLECTION_ID, version);
      expect(next).toEqual(await readKnowledgeBase(db.prisma));
      expect(rowsReadAgain(version, next, 'claims')).toEqual(expect.arrayContaining(ids));
      expect(rowsReadAgain(version, next, 'actors')).toEqual([]);
    });
  },
);
