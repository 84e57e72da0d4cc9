import { loadKnowledgeBase, sliceCodePoints } from '@attest/knowledge';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type Database,
  type DatabaseKind,
  readKnowledgeBase,
  seedKnowledgeBase,
} from '../src/index.ts';
import { openTestDatabase } from '../src/testing.ts';

const kb = loadKnowledgeBase();

describe('the curated knowledge base', () => {
  it('is the size the corpus calls for', () => {
    expect(kb.sources).toHaveLength(5);
    expect(kb.actors.length).toBeGreaterThanOrEqual(60);
    expect(kb.claims.length).toBeGreaterThanOrEqual(150);
    expect(kb.disputes.length).toBeGreaterThanOrEqual(2);
    expect(kb.claims.every((c) => c.evidence.length > 0)).toBe(true);
  });

  it('never invents a URL', () => {
    expect(kb.sources.map((s) => s.url)).toEqual([null, null, null, null, null]);
  });
});

describe.each<DatabaseKind>(['pglite', 'postgres'])(
  'the curated knowledge base seeded on %s',
  (kind) => {
    let db: Database;
    beforeAll(async () => {
      db = await openTestDatabase(kind, inject('postgresUrl'));
      await seedKnowledgeBase(db.prisma, kb);
    });
    afterAll(() => db.close());

    it('holds every source, actor, claim, evidence quote and dispute', async () => {
      expect(await db.prisma.source.count()).toBe(kb.sources.length);
      expect(await db.prisma.actor.count()).toBe(kb.actors.length);
      expect(await db.prisma.claim.count()).toBe(kb.claims.length);
      expect(await db.prisma.evidence.count()).toBe(
        kb.claims.reduce((n, c) => n + c.evidence.length, 0),
      );
      expect(await db.prisma.dispute.count()).toBe(kb.disputes.length);
    });

    it('keeps the corpus texts byte for byte', async () => {
      const sources = await db.prisma.source.findMany();
      for (const source of sources) {
        const original = kb.sources.find((s) => s.id === source.id);
        expect(source.text).toBe(original?.text);
        expect(Buffer.from(source.text, 'utf8').length).toBe(
          Buffer.byteLength(original?.text ?? ''),
        );
      }
    });

    it('anchors every evidence row at offsets that slice its source to exactly its quote', async () => {
      const evidence = await db.prisma.evidence.findMany({
        include: { source: { select: { text: true } } },
      });
      for (const e of evidence) {
        expect(sliceCodePoints(e.source.text, e.start, e.end)).toBe(e.quote);
        expect(sliceCodePoints(e.source.text, e.start - e.prefix.length, e.start)).toBe(e.prefix);
        expect(sliceCodePoints(e.source.text, e.end, e.end + Array.from(e.suffix).length)).toBe(
          e.suffix,
        );
      }
    });

    it('has design card 1: Emmanuel Macron blocked the Tokyo office, with evidence', async () => {
      const claims = await db.prisma.claim.findMany({
        where: { subject: { name: 'Emmanuel Macron' }, predicateId: 'blocked' },
        include: { object: true, evidence: { include: { source: true } } },
      });
      const tokyo = claims.find((c) => c.object?.name.includes('Tokyo'));
      expect(tokyo?.evidence.map((e) => e.quote)).toContainEqual(
        expect.stringContaining('shot down'),
      );
      expect(tokyo?.evidence.map((e) => e.quote).join(' ')).toContain('Macron');
    });

    it('has design card 2: the AP4 are Japan, South Korea, Australia and New Zealand, each with evidence', async () => {
      const ap4 = await db.prisma.actor.findFirstOrThrow({
        where: { aliases: { some: { name: 'AP4' } } },
      });
      const members = await db.prisma.actorRelation.findMany({
        where: { objectId: ap4.id, type: 'MEMBER_OF' },
        include: { subject: true, claim: { include: { evidence: true } } },
      });
      expect(members.map((m) => m.subject.name).sort()).toEqual([
        'Australia',
        'Japan',
        'New Zealand',
        'South Korea',
      ]);
      for (const member of members) expect(member.claim?.evidence.length).toBeGreaterThan(0);
    });

    it('records that the sources disagree on the Vilnius summit date', async () => {
      const disputes = await db.prisma.dispute.findMany({
        where: { aspect: 'DATE' },
        include: {
          first: { include: { evidence: true } },
          second: { include: { evidence: true } },
        },
      });
      const quotes = disputes.map((d) =>
        [...d.first.evidence, ...d.second.evidence].map((e) => e.quote).join(' | '),
      );
      expect(quotes).toContainEqual(
        expect.stringMatching(/July 11 and 12[\s\S]*June|June[\s\S]*July 11 and 12/),
      );
    });

    it('knows the misspelled and unaccented names of Tobias Billström', async () => {
      const aliases = await db.prisma.actorAlias.findMany({
        where: { actor: { name: 'Tobias Billström' } },
      });
      expect(aliases.map((a) => [a.name, a.kind])).toEqual(
        expect.arrayContaining([
          ['Billstrom', 'VARIANT'],
          ['Tobias c', 'MISSPELLING'],
        ]),
      );
    });
  },
);

describe('readKnowledgeBase', () => {
  it('gives back from the database exactly the knowledge base that was seeded', async () => {
    const db = await openTestDatabase('pglite');
    try {
      await seedKnowledgeBase(db.prisma, kb);
      const read = await readKnowledgeBase(db.prisma);
      const sortById = <T extends { id: string }>(items: T[]) =>
        [...items].sort((a, b) => a.id.localeCompare(b.id));
      // Every qualifier round-trips, the until qualifier (Wikidata's end time) among them.
      const until = read.claims.find((c) => c.id === 'nato-china-dialogue-anti-piracy');
      expect(until?.qualifiers).toEqual({
        time: null,
        asOf: null,
        until: { value: '2017', precision: 'YEAR' },
        placeId: 'gulf-of-aden',
      });
      expect(read.claims.filter((c) => c.qualifiers.until !== null).length).toBe(
        kb.claims.filter((c) => c.qualifiers.until !== null).length,
      );
      expect(sortById(read.claims)).toEqual(
        sortById(kb.claims).map((c) => ({
          ...c,
          evidence: [...c.evidence].sort(
            (a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start,
          ),
        })),
      );
      expect(sortById(read.actors)).toEqual(
        sortById(kb.actors).map((a) => ({
          ...a,
          aliases: [...a.aliases].sort((x, y) => (x.name < y.name ? -1 : 1)),
        })),
      );
      expect(sortById(read.sources)).toEqual(sortById(kb.sources));
      expect(sortById(read.predicates)).toEqual(sortById(kb.predicates));
      expect(read.relations).toHaveLength(kb.relations.length);
      expect(read.disputes).toHaveLength(kb.disputes.length);
    } finally {
      await db.close();
    }
  });
});
