import { type KnowledgeBase, loadKnowledgeBase } from '@attest/knowledge';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import {
  type ChangedRows,
  ChangeLog,
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

/**
 * How a reader learns what changed: by comparing every row's version, or from the change
 * notifications it heard (the rows each names: ChangeLog), as the API's knowledge cache does.
 */
type Told = 'versions' | 'notifications';

describe.each<[DatabaseKind, Told]>([
  ['pglite', 'versions'],
  ['postgres', 'versions'],
  ['pglite', 'notifications'],
  ['postgres', 'notifications'],
])('readKnowledgeBase after a change, on %s, told by %s', (kind, told) => {
  let db: Database;
  let version: KnowledgeBase;
  const log = new ChangeLog();
  let generation = 0;
  let heard: string[] = [];
  beforeAll(async () => {
    db = await openTestDatabase(kind, inject('postgresUrl'));
    await seedKnowledgeBase(db.prisma, loadKnowledgeBase());
    db.onChange((change) => {
      generation++;
      if (change.table === null) log.forgetUpTo(generation);
      else {
        log.record(generation, change);
        heard.push(change.table);
      }
    });
    await vi.waitFor(() => expect(log.since(CORPUS_COLLECTION_ID, generation)).toBeDefined());
    version = await readKnowledgeBase(db.prisma);
  });
  afterAll(() => db.close());

  /** Every change since `from` heard: notifications arrive in commit order, a marker last. */
  async function changedSince(from: number): Promise<ChangedRows | undefined> {
    const marker = `Marker${generation}`;
    heard = [];
    await db.prisma.$executeRawUnsafe(`SELECT pg_notify('attest_changes', $1)`, marker);
    await vi.waitFor(() => expect(heard).toContain(marker));
    return log.since(CORPUS_COLLECTION_ID, from);
  }

  /** The next version, read as this reader reads it. */
  async function readNext(change: () => Promise<unknown>) {
    const from = generation;
    await change();
    const changed = told === 'notifications' ? await changedSince(from) : undefined;
    if (told === 'notifications') expect(changed).toBeDefined();
    return readKnowledgeBase(db.prisma, CORPUS_COLLECTION_ID, version, changed);
  }

  /**
   * Makes a change, then reads the next version from the previous one: it must equal a read
   * from nothing, and hold the previous version's very objects for every row but those the
   * change touched (so only those were read again).
   */
  async function afterChange(
    change: () => Promise<unknown>,
    touched: Partial<Record<Part, string[]>>,
  ) {
    const next = await readNext(change);
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

  it('keeps claims in the order they were made, a claim added last whatever its id', async () => {
    const model = version.claims[0];
    if (!model) throw new Error('no claim');
    const claim = (id: string, createdAt?: Date) =>
      db.prisma.claim.create({
        data: {
          id,
          collectionId: CORPUS_COLLECTION_ID,
          subjectId: model.subjectId,
          predicateId: model.predicateId,
          statement: `Claim ${id}.`,
          modality: 'FACT',
          ...(createdAt ? { createdAt } : {}),
        },
      });
    const last = `0-first-by-id-${told}`;
    const added = await afterChange(() => claim(last), { claims: [last] });
    expect(added.claims.at(-1)?.id).toBe(last);
    // Made "before" every other (an import keeping its dates): first, read in place.
    const first = `zz-made-early-${told}`;
    const early = await afterChange(() => claim(first, new Date('2001-01-01')), {
      claims: [first],
    });
    expect(early.claims[0]?.id).toBe(first);
    expect(early.claims.at(-1)?.id).toBe(last);
  });

  it('reads a part whole when much of it changed, with the same answer', async () => {
    const ids = version.claims.slice(0, Math.ceil(version.claims.length / 2)).map((c) => c.id);
    const next = await readNext(() =>
      db.prisma.claim.updateMany({ where: { id: { in: ids } }, data: { rank: 'NORMAL' } }),
    );
    expect(next).toEqual(await readKnowledgeBase(db.prisma));
    expect(rowsReadAgain(version, next, 'claims')).toEqual(expect.arrayContaining(ids));
    expect(rowsReadAgain(version, next, 'actors')).toEqual([]);
    version = next;
  });

  it('follows disputes and relations deleted with their claims and actors', async () => {
    const dispute = await db.prisma.dispute.findFirstOrThrow({
      where: { first: { collectionId: CORPUS_COLLECTION_ID } },
    });
    const related = version.actors[1]?.id ?? '';
    const subjectId = `zz-related-${told}`;
    version = await readNext(async () => {
      await db.prisma.actor.create({
        data: { id: subjectId, collectionId: CORPUS_COLLECTION_ID, name: 'R', kind: 'COUNTRY' },
      });
      await db.prisma.actorRelation.create({
        data: { subjectId, objectId: related, type: 'MEMBER_OF' },
      });
    });
    // Cascades: the dispute goes with its first claim, the relation with its subject.
    const next = await readNext(async () => {
      await db.prisma.claim.delete({ where: { id: dispute.firstId } });
      await db.prisma.actor.delete({ where: { id: subjectId } });
    });
    expect(next).toEqual(await readKnowledgeBase(db.prisma));
    expect(next.disputes.length).toBeLessThan(version.disputes.length);
    expect(next.relations.length).toBeLessThan(version.relations.length);
    version = next;
    const edited = await readNext(() =>
      db.prisma.dispute.updateMany({
        where: { first: { collectionId: CORPUS_COLLECTION_ID } },
        data: { description: 'Edited.' },
      }),
    );
    expect(edited).toEqual(await readKnowledgeBase(db.prisma));
    expect(edited.disputes.every((d) => d.description === 'Edited.')).toBe(true);
    version = edited;
  });

  it.runIf(told === 'notifications')(
    'reads only the rows the notifications named, not every row version',
    async () => {
      // A write no notification names (as if unheard) stays unread: no row was compared.
      const id = someClaim(4);
      await db.prisma.claim.update({ where: { id }, data: { statement: 'Unheard.' } });
      const named: ChangedRows = {
        sources: new Set(),
        actors: new Set(),
        claims: new Set(),
        tables: new Set(['Claim']),
      };
      const next = await readKnowledgeBase(db.prisma, CORPUS_COLLECTION_ID, version, named);
      expect(next.claims.find((c) => c.id === id)?.statement).not.toBe('Unheard.');
      const told = await readKnowledgeBase(db.prisma, CORPUS_COLLECTION_ID, version, {
        ...named,
        claims: new Set([id]),
      });
      expect(told).toEqual(await readKnowledgeBase(db.prisma));
      expect(rowsReadAgain(version, told, 'claims')).toEqual([id]);
      version = told;
    },
  );
});
