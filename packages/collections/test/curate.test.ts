import { type Database, searchClaims, seedKnowledgeBase } from '@attest/db';
import { openTestDatabase } from '@attest/db/testing';
import { AttestError } from '@attest/errors';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSource,
  createActor,
  createClaim,
  createCollection,
  createDispute,
  deleteActor,
  deleteClaim,
  mergeActors,
  revertChange,
  updateClaim,
} from '../src/index.ts';

const TEXT =
  'Ministers met in Zembla on Tuesday. “We will open the office next year,” Ana Lindström said. ' +
  'Zembla has been a member of the Northern League since 1999. Lindstrom later denied it.';
const at = (quote: string) => {
  const unit = TEXT.indexOf(quote);
  const start = [...TEXT.slice(0, unit)].length;
  return { start, end: start + [...quote].length };
};

describe('curating a collection', () => {
  let db: Database;
  let collectionId: string;
  let sourceId: string;
  const user = 'curator';
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    // The mini knowledge base brings the predicate vocabulary.
    await seedKnowledgeBase(db.prisma, loadKnowledgeBase(miniKnowledgeBaseDir));
    await db.prisma.user.create({ data: { id: user, name: 'C', email: 'c@example.org' } });
    collectionId = (await createCollection(db.prisma, user, { name: 'Zembla' })).id;
    sourceId = (await addSource(db.prisma, collectionId, { text: TEXT, title: 'Zembla talks' })).id;
  });
  afterAll(() => db.close());

  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttestError);
    return error as AttestError;
  };
  const history = () =>
    db.prisma.collectionChange.findMany({ where: { collectionId }, orderBy: { at: 'asc' } });

  it('makes a claim with exactly the passage picked as evidence, findable by search', async () => {
    const zembla = await createActor(db.prisma, user, collectionId, {
      name: 'Zembla',
      kind: 'COUNTRY',
    });
    const league = await createActor(db.prisma, user, collectionId, {
      name: 'Northern League',
      kind: 'ALLIANCE',
      aliases: [{ name: 'NL', kind: 'ABBREVIATION' }],
    });
    const passage = at('Zembla has been a member of the Northern League since 1999');
    const claim = await createClaim(db.prisma, user, collectionId, {
      subjectId: zembla.id,
      predicateId: 'member_of',
      objectId: league.id,
      time: '1999',
      evidence: [{ sourceId, ...passage }],
    });
    expect(claim.statement).toBe('Zembla is a member of Northern League');
    const [evidence] = await db.prisma.evidence.findMany({ where: { claimId: claim.id } });
    expect(evidence?.quote).toBe('Zembla has been a member of the Northern League since 1999');
    expect([...TEXT].slice(evidence?.start, evidence?.end).join('')).toBe(evidence?.quote);
    expect(evidence?.prefix.length).toBeGreaterThan(0);
    // A member_of claim states the relation too.
    expect(
      await db.prisma.actorRelation.count({ where: { subjectId: zembla.id, objectId: league.id } }),
    ).toBe(1);
    const hits = await searchClaims(db.prisma, 'Which alliance is Zembla a member of?', {
      collectionIds: [collectionId],
    });
    expect(hits[0]?.id).toBe(claim.id);
    expect((await history()).map((c) => c.action)).toEqual(['CREATE', 'CREATE', 'CREATE']);
  });

  it('refuses evidence that is not a passage of the collection’s sources, writing nothing', async () => {
    const [actor] = await db.prisma.actor.findMany({ where: { collectionId } });
    const base = { subjectId: actor?.id ?? '', predicateId: 'said', value: 'x' };
    const before = await db.prisma.claim.count({ where: { collectionId } });
    for (const evidence of [
      [{ sourceId, start: 10, end: 5 }],
      [{ sourceId, start: 0, end: [...TEXT].length + 1 }],
      [{ sourceId: 'gazette', start: 0, end: 5 }],
      [],
    ]) {
      expect(
        (await refusal(createClaim(db.prisma, user, collectionId, { ...base, evidence }))).code,
      ).toBe('BAD_USER_INPUT');
    }
    const corpusActor = await db.prisma.actor.findFirst({ where: { collectionId: 'corpus' } });
    const foreign = await refusal(
      createClaim(db.prisma, user, collectionId, {
        ...base,
        subjectId: corpusActor?.id ?? '',
        evidence: [{ sourceId, start: 0, end: 5 }],
      }),
    );
    expect(foreign.message).toContain('not an actor of this collection');
    expect(await db.prisma.claim.count({ where: { collectionId } })).toBe(before);
  });

  it('edits, removes and reverts claims, keeping who did what', async () => {
    const ana = await createActor(db.prisma, user, collectionId, {
      name: 'Ana Lindström',
      kind: 'PERSON',
    });
    const claim = await createClaim(db.prisma, user, collectionId, {
      subjectId: ana.id,
      predicateId: 'said',
      value: 'We will open the office next year',
      modality: 'QUOTE',
      speakerId: ana.id,
      evidence: [{ sourceId, ...at('We will open the office next year') }],
    });
    await updateClaim(db.prisma, user, collectionId, claim.id, {
      subjectId: ana.id,
      predicateId: 'said',
      value: 'We will open the office next year',
      statement: 'Ana Lindström said the office would open next year.',
      speakerId: ana.id,
      evidence: [{ sourceId, ...at('“We will open the office next year,” Ana Lindström said') }],
    });
    const edit = (await history()).at(-1);
    expect(edit).toMatchObject({ action: 'UPDATE', userId: user, entityId: claim.id });
    // Reverting the edit brings the first statement and evidence back.
    await revertChange(db.prisma, user, collectionId, edit?.id ?? '');
    const reverted = await db.prisma.claim.findUniqueOrThrow({
      where: { id: claim.id },
      include: { evidence: true },
    });
    expect(reverted.statement).toBe('Ana Lindström said We will open the office next year');
    expect(reverted.evidence.map((e) => e.quote)).toEqual(['We will open the office next year']);
    expect((await refusal(revertChange(db.prisma, user, collectionId, edit?.id ?? ''))).code).toBe(
      'CONFLICT',
    );

    await deleteClaim(db.prisma, user, collectionId, claim.id);
    expect(await db.prisma.claim.count({ where: { id: claim.id } })).toBe(0);
    const removal = (await history()).at(-1);
    await revertChange(db.prisma, user, collectionId, removal?.id ?? '');
    expect(await db.prisma.evidence.count({ where: { claimId: claim.id } })).toBe(1);
    // An actor a claim names cannot simply go.
    expect((await refusal(deleteActor(db.prisma, user, collectionId, ana.id))).code).toBe(
      'CONFLICT',
    );
  });

  it('merges a duplicate actor, and reverts the merge', async () => {
    const ana = await db.prisma.actor.findFirstOrThrow({
      where: { collectionId, name: 'Ana Lindström' },
    });
    const dup = await createActor(db.prisma, user, collectionId, {
      name: 'Lindstrom',
      kind: 'PERSON',
    });
    const denial = await createClaim(db.prisma, user, collectionId, {
      subjectId: dup.id,
      predicateId: 'said',
      value: 'denied it',
      modality: 'DENIAL',
      evidence: [{ sourceId, ...at('Lindstrom later denied it') }],
    });
    await mergeActors(db.prisma, user, collectionId, ana.id, dup.id);
    expect(await db.prisma.actor.count({ where: { id: dup.id } })).toBe(0);
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: denial.id } })).subjectId).toBe(
      ana.id,
    );
    expect(
      (await db.prisma.actorAlias.findMany({ where: { actorId: ana.id } })).map((a) => a.name),
    ).toContain('Lindstrom');

    const merge = (await history()).at(-1);
    expect(merge?.action).toBe('MERGE');
    await revertChange(db.prisma, user, collectionId, merge?.id ?? '');
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: denial.id } })).subjectId).toBe(
      dup.id,
    );
    expect(
      (await db.prisma.actorAlias.findMany({ where: { actorId: ana.id } })).map((a) => a.name),
    ).not.toContain('Lindstrom');
  });

  it('records a dispute between two of its claims, refuses a second, and reverts it', async () => {
    const claims = await db.prisma.claim.findMany({ where: { collectionId }, take: 2 });
    const [first, second] = claims;
    if (!first || !second) throw new Error('two claims expected');
    const input = {
      firstId: first.id,
      secondId: second.id,
      aspect: 'DATE' as const,
      description: 'Two years',
    };
    const dispute = await createDispute(db.prisma, user, collectionId, input);
    expect((await refusal(createDispute(db.prisma, user, collectionId, input))).code).toBe(
      'CONFLICT',
    );
    expect(
      (
        await refusal(
          createDispute(db.prisma, user, collectionId, { ...input, secondId: 'nato-plans-arden' }),
        )
      ).code,
    ).toBe('BAD_USER_INPUT');
    const recorded = (await history()).at(-1);
    expect(recorded).toMatchObject({ entity: 'Dispute', action: 'CREATE' });
    await revertChange(db.prisma, user, collectionId, recorded?.id ?? '');
    expect(await db.prisma.dispute.count({ where: { id: dispute.id } })).toBe(0);
  });
});
