import { type Database, readKnowledgeBase, seedKnowledgeBase } from '@attest/db';
import { openTestDatabase } from '@attest/db/testing';
import { AttestError } from '@attest/errors';
import {
  buildKnowledgeBase,
  type KnowledgeBase,
  knowledgeFilesFromMap,
  knowledgeFilesOf,
  loadKnowledgeBase,
} from '@attest/knowledge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollection, importKnowledge } from '../src/index.ts';

/** A knowledge base with every key replaced by what it names, so two copies compare. */
function byContent(kb: KnowledgeBase) {
  const source = new Map(kb.sources.map((s) => [s.id, s.contentHash]));
  const actor = new Map(kb.actors.map((a) => [a.id, `${a.kind} ${a.name}`]));
  const claim = new Map(kb.claims.map((c) => [c.id, c.statement]));
  const name = (id: string | null) => (id === null ? null : actor.get(id));
  const sorted = <T>(items: T[]) => items.map((x) => JSON.stringify(x)).sort();
  return {
    sources: sorted(kb.sources.map(({ id: _, fileName: __, ...s }) => s)),
    actors: sorted(kb.actors.map(({ id: _, ...a }) => a)),
    relations: sorted(
      kb.relations.map((r) => ({
        ...r,
        subjectId: name(r.subjectId),
        objectId: name(r.objectId),
        claimId: r.claimId && claim.get(r.claimId),
      })),
    ),
    claims: sorted(
      kb.claims.map(({ id: _, ...c }) => ({
        ...c,
        subjectId: name(c.subjectId),
        objectId: name(c.objectId),
        speakerId: name(c.speakerId),
        qualifiers: { ...c.qualifiers, placeId: name(c.qualifiers.placeId) },
        // Evidence is kept in source-key order, and the keys are new: compare it as a set.
        evidence: sorted(c.evidence.map((e) => ({ ...e, sourceId: source.get(e.sourceId) }))),
      })),
    ),
    disputes: sorted(
      kb.disputes.map((d) => ({
        ...d,
        firstId: claim.get(d.firstId),
        secondId: claim.get(d.secondId),
      })),
    ),
  };
}

describe('export to files and import into another database', () => {
  let from: Database;
  let into: Database;
  beforeAll(async () => {
    from = await openTestDatabase('pglite');
    into = await openTestDatabase('pglite');
    await seedKnowledgeBase(from.prisma, loadKnowledgeBase());
    // The vocabulary only: an otherwise empty database.
    const { predicates } = loadKnowledgeBase();
    await seedKnowledgeBase(into.prisma, {
      sources: [],
      actors: [],
      relations: [],
      claims: [],
      disputes: [],
      predicates,
    });
    await into.prisma.user.create({ data: { id: 'u', name: 'U', email: 'u@example.org' } });
  });
  afterAll(async () => {
    await from.close();
    await into.close();
  });

  it('gives the same sources, actors, claims, evidence offsets and disputes', async () => {
    const exported = await readKnowledgeBase(from.prisma, 'corpus');
    const files = knowledgeFilesOf(exported);
    const kb = buildKnowledgeBase(
      knowledgeFilesFromMap(new Map(files.map((f) => [f.path, f.content]))),
    );
    const collection = await createCollection(into.prisma, 'u', { name: 'Copy' });
    const counts = await importKnowledge(into.prisma, 'u', collection.id, kb);
    expect(counts.claims).toBe(exported.claims.length);
    const imported = await readKnowledgeBase(into.prisma, collection.id);
    expect(byContent(imported)).toEqual(byContent(exported));
    // The same texts again are refused, with nothing written.
    const error = await importKnowledge(into.prisma, 'u', collection.id, kb).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AttestError);
    expect((error as AttestError).code).toBe('CONFLICT');
    expect(await into.prisma.claim.count({ where: { collectionId: collection.id } })).toBe(
      exported.claims.length,
    );
  });
});
