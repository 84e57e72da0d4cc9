import { type Db, type Modality, type Prisma, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import {
  locateQuote,
  parsePartialDate,
  QuoteNotFoundError,
  sliceCodePoints,
  toDate,
} from '@attest/knowledge';
import { z } from 'zod';
import { recordChange } from './history.ts';
import { parseInput } from './parse-input.ts';
import { type ClaimSnapshot, claimSnapshot } from './snapshots.ts';

const id = z.string().min(1).max(100);
const ClaimInput = z.object({
  subjectId: id,
  predicateId: id,
  objectId: id.nullish(),
  value: z.string().trim().min(1).max(500, 'A value is at most 500 characters.').nullish(),
  statement: z
    .string()
    .trim()
    .min(1, 'A statement cannot be blank.')
    .max(500, 'A statement is at most 500 characters.')
    .nullish(),
  modality: z.enum(['FACT', 'PLAN', 'OPINION', 'QUOTE', 'DENIAL']).nullish(),
  speakerId: id.nullish(),
  /** When it happened or holds: "2024", "2024-07" or "2024-07-11". */
  time: z.string().trim().nullish(),
  /** Common background the text restates (who leads a country): kept, never quizzed. */
  background: z.boolean().nullish(),
  evidence: z
    .array(
      z.object({
        sourceId: id,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
      }),
    )
    .min(1, 'A claim needs evidence: a passage of one of the collection’s sources.')
    .max(20, 'A claim has at most 20 pieces of evidence.'),
});
export type ClaimInput = z.input<typeof ClaimInput>;

const MAX_QUOTE = 2000;

/**
 * A claim of the collection, backed by passages of its sources picked by code point offsets
 * (end exclusive): each quote is taken verbatim from the text there, as the seed loader checks
 * curated quotes. The statement defaults to the predicate's wording.
 */
export async function createClaim(
  prisma: Db,
  userId: string,
  collectionId: string,
  input: ClaimInput,
) {
  const data = parseInput(ClaimInput, input);
  return withTransaction(prisma, async (tx) => {
    const row = await claimRow(tx, collectionId, data);
    const created = await tx.claim.create({ data: { ...row.claim, collectionId } });
    await writeEvidenceAndRelation(tx, created.id, row);
    const after = await claimSnapshot(tx, created.id);
    await recordChange(tx, {
      collectionId,
      userId,
      action: 'CREATE',
      entity: 'Claim',
      entityId: created.id,
      summary: `Added the claim “${created.statement}”`,
      after,
    });
    return created;
  });
}

/** Rewrites a claim of the collection (all its fields and evidence, as for a new one). */
export async function updateClaim(
  prisma: Db,
  userId: string,
  collectionId: string,
  claimId: string,
  input: ClaimInput,
) {
  const data = parseInput(ClaimInput, input);
  return withTransaction(prisma, async (tx) => {
    const before = await ownClaim(tx, collectionId, claimId);
    const row = await claimRow(tx, collectionId, data);
    await tx.evidence.deleteMany({ where: { claimId } });
    await tx.actorRelation.deleteMany({ where: { claimId } });
    const updated = await tx.claim.update({ where: { id: claimId }, data: row.claim });
    await writeEvidenceAndRelation(tx, claimId, row);
    await recordChange(tx, {
      collectionId,
      userId,
      action: 'UPDATE',
      entity: 'Claim',
      entityId: claimId,
      summary: `Edited the claim “${updated.statement}”`,
      before,
      after: await claimSnapshot(tx, claimId),
    });
    return updated;
  });
}

const Passages = z.object({ evidence: ClaimInput.shape.evidence });

/**
 * Adds passages to a claim's evidence (accepting a suggested corroboration: another text says
 * the same). Passages it already has are refused, so a second click changes nothing.
 */
export async function addEvidence(
  prisma: Db,
  userId: string,
  collectionId: string,
  claimId: string,
  evidence: ClaimInput['evidence'],
) {
  const data = parseInput(Passages, { evidence });
  return withTransaction(prisma, async (tx) => {
    const before = await ownClaim(tx, collectionId, claimId);
    const added = await quotes(tx, collectionId, data.evidence);
    const has = new Set(before.evidence.map((e) => `${e.sourceId}@${e.start}-${e.end}`));
    const repeat = added.find((e) => has.has(`${e.sourceId}@${e.start}-${e.end}`));
    if (repeat)
      throw new AttestError(
        'CONFLICT',
        `The claim already has the passage [${repeat.start}, ${repeat.end}) as evidence.`,
      );
    await tx.evidence.createMany({ data: added.map((e) => ({ ...e, claimId })) });
    await refreshSearch(tx, [claimId]);
    await recordChange(tx, {
      collectionId,
      userId,
      action: 'UPDATE',
      entity: 'Claim',
      entityId: claimId,
      summary: `Added evidence to the claim “${before.statement}”`,
      before,
      after: await claimSnapshot(tx, claimId),
    });
    return tx.claim.findUniqueOrThrow({ where: { id: claimId } });
  });
}

/** Removes a claim (its evidence, disputes and the relation it states go with it). */
export async function deleteClaim(
  prisma: Db,
  userId: string,
  collectionId: string,
  claimId: string,
) {
  await withTransaction(prisma, async (tx) => {
    const before = await ownClaim(tx, collectionId, claimId);
    await tx.claim.delete({ where: { id: claimId } });
    await recordChange(tx, {
      collectionId,
      userId,
      action: 'DELETE',
      entity: 'Claim',
      entityId: claimId,
      summary: `Removed the claim “${before.statement}”`,
      before,
    });
  });
}

/** Puts a claim back as a snapshot has it (reverting a change). */
export async function restoreClaim(tx: Prisma.TransactionClient, snapshot: ClaimSnapshot) {
  const { evidence, timeAt, ...fields } = snapshot;
  const claim = {
    ...fields,
    modality: fields.modality as Modality,
    rank: fields.rank as never,
    timeAt: timeAt ? new Date(timeAt) : null,
    timePrecision: fields.timePrecision as never,
  };
  await tx.evidence.deleteMany({ where: { claimId: snapshot.id } });
  await tx.actorRelation.deleteMany({ where: { claimId: snapshot.id } });
  await tx.claim.upsert({ where: { id: snapshot.id }, create: claim, update: claim });
  await tx.evidence.createMany({ data: evidence.map((e) => ({ ...e, claimId: snapshot.id })) });
  const predicate = await tx.predicate.findUnique({ where: { id: snapshot.predicateId } });
  await writeRelation(tx, snapshot.id, predicate?.relation ?? null, snapshot);
  await refreshSearch(tx, [snapshot.id]);
}

async function ownClaim(tx: Prisma.TransactionClient, collectionId: string, claimId: string) {
  const snapshot = await claimSnapshot(tx, claimId);
  if (!snapshot || snapshot.collectionId !== collectionId)
    throw new AttestError('NOT_FOUND', 'This collection has no claim with this ID.');
  return snapshot;
}

type ClaimData = z.output<typeof ClaimInput>;

/** The claim's columns and evidence, every reference checked against the collection. */
async function claimRow(tx: Prisma.TransactionClient, collectionId: string, data: ClaimData) {
  const predicate = await tx.predicate.findUnique({ where: { id: data.predicateId } });
  if (!predicate)
    throw new AttestError('BAD_USER_INPUT', `There is no predicate "${data.predicateId}".`);
  const actorIds = [data.subjectId, data.objectId, data.speakerId].filter(
    (x): x is string => typeof x === 'string',
  );
  const actors = await tx.actor.findMany({
    where: { id: { in: actorIds }, collectionId },
    select: { id: true, name: true },
  });
  const name = (actorId: string | null | undefined, role: string) => {
    if (!actorId) return null;
    const actor = actors.find((a) => a.id === actorId);
    if (!actor)
      throw new AttestError('BAD_USER_INPUT', `The ${role} is not an actor of this collection.`);
    return actor.name;
  };
  const subject = name(data.subjectId, 'subject') as string;
  const object = name(data.objectId, 'object');
  name(data.speakerId, 'speaker');
  if (predicate.object === 'ACTOR' && !data.objectId)
    throw new AttestError('BAD_USER_INPUT', `“${predicate.label}” needs an actor as object.`);
  if (predicate.object === 'VALUE' && !data.value)
    throw new AttestError('BAD_USER_INPUT', `“${predicate.label}” needs a value as object.`);
  if (predicate.object === 'EITHER' && !data.value && !data.objectId)
    throw new AttestError('BAD_USER_INPUT', `“${predicate.label}” needs an actor or a value.`);
  const time = data.time ? parsePartialDate(data.time) : null;
  if (data.time && !time)
    throw new AttestError(
      'BAD_USER_INPUT',
      `"time" is "${data.time}"; give a year, a month or a day: "2024", "2024-07" or "2024-07-11".`,
    );
  const evidence = await quotes(tx, collectionId, data.evidence);
  const objectText = object ?? data.value ?? '';
  const statement =
    data.statement ??
    (predicate.statementTemplate ?? `{subject} ${predicate.label} {object}`)
      .replaceAll('{subject}', subject)
      .replaceAll('{object}', objectText)
      .trim();
  return {
    claim: {
      subjectId: data.subjectId,
      predicateId: data.predicateId,
      objectId: data.objectId ?? null,
      valueText: data.objectId ? null : (data.value ?? null),
      statement,
      modality: (data.modality ?? 'FACT') as Modality,
      speakerId: data.speakerId ?? null,
      timeAt: time ? toDate(time) : null,
      timePrecision: time?.precision ?? null,
      background: data.background ?? false,
    },
    relation: predicate.relation,
    evidence,
  };
}

/** Each passage's quote, verbatim from its source at its offsets. */
async function quotes(
  tx: Prisma.TransactionClient,
  collectionId: string,
  passages: ClaimData['evidence'],
) {
  const sourceIds = [...new Set(passages.map((p) => p.sourceId))];
  const sources = await tx.source.findMany({
    where: { id: { in: sourceIds }, collectionId },
    select: { id: true, text: true, title: true },
  });
  // A text's length in code points, counted once per source however many passages it backs.
  const lengths = new Map(sources.map((s) => [s.id, Array.from(s.text).length]));
  return passages.map((p, i) => {
    const source = sources.find((s) => s.id === p.sourceId);
    if (!source)
      throw new AttestError(
        'BAD_USER_INPUT',
        `Evidence ${i + 1}: the source is not one of this collection's.`,
      );
    const length = lengths.get(source.id) ?? 0;
    if (p.end <= p.start || p.end > length || p.end - p.start > MAX_QUOTE) {
      throw new AttestError(
        'BAD_USER_INPUT',
        `Evidence ${i + 1}: [${p.start}, ${p.end}) is not a passage of “${source.title}” (${length} characters; a quote is 1 to ${MAX_QUOTE}).`,
      );
    }
    const quote = sliceCodePoints(source.text, p.start, p.end);
    if (quote.trim() === '')
      throw new AttestError('BAD_USER_INPUT', `Evidence ${i + 1}: the passage is blank.`);
    try {
      return { sourceId: source.id, ...locateQuote(source.text, quote, p.start) };
    } catch (error) {
      if (error instanceof QuoteNotFoundError)
        throw new AttestError('BAD_USER_INPUT', `Evidence ${i + 1}: ${error.message}.`);
      throw error;
    }
  });
}

async function writeEvidenceAndRelation(
  tx: Prisma.TransactionClient,
  claimId: string,
  row: Awaited<ReturnType<typeof claimRow>>,
) {
  await tx.evidence.createMany({ data: row.evidence.map((e) => ({ ...e, claimId })) });
  await writeRelation(tx, claimId, row.relation, row.claim);
  await refreshSearch(tx, [claimId]);
}

/** A claim whose predicate is a relation (member of, holds position…) also states that relation. */
async function writeRelation(
  tx: Prisma.TransactionClient,
  claimId: string,
  relation: string | null,
  claim: { subjectId: string; objectId: string | null },
) {
  if (!relation || !claim.objectId) return;
  const key = { type: relation as never, subjectId: claim.subjectId, objectId: claim.objectId };
  const existing = await tx.actorRelation.findUnique({ where: { type_subjectId_objectId: key } });
  if (!existing) await tx.actorRelation.create({ data: { ...key, claimId } });
}

/** Claims are found by their words: recompute them after a write. */
export function refreshSearch(tx: Prisma.TransactionClient, claimIds: string[]) {
  return tx.$executeRaw`SELECT attest_refresh_claim_search(${claimIds}::text[])`;
}
