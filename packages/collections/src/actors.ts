import { type ActorKind, type AliasKind, type Db, type Prisma, withTransaction } from '@attest/db';
import { AttestError } from '@attest/errors';
import { ACTOR_KINDS, ALIAS_KINDS, normalizeName } from '@attest/knowledge';
import { z } from 'zod';
import { refreshSearch } from './claims.ts';
import { recordChange } from './history.ts';
import { parseInput } from './parse-input.ts';
import { type ActorSnapshot, actorSnapshot } from './snapshots.ts';

const name = z
  .string()
  .trim()
  .min(1, 'A name cannot be blank.')
  .max(200, 'A name is at most 200 characters.');
const ActorInput = z.object({
  name,
  kind: z.enum(ACTOR_KINDS),
  description: z.string().trim().max(1000, 'A description is at most 1,000 characters.').nullish(),
  aliases: z
    .array(z.object({ name, kind: z.enum(ALIAS_KINDS).nullish() }))
    .max(50, 'An actor has at most 50 aliases.')
    .nullish(),
});
export type ActorInput = z.input<typeof ActorInput>;

/** A new actor of the collection (a person, country, organization…), with its aliases. */
export async function createActor(
  prisma: Db,
  userId: string,
  collectionId: string,
  input: ActorInput,
) {
  const data = parseInput(ActorInput, input);
  return withTransaction(prisma, async (tx) => {
    const actor = await tx.actor.create({
      data: {
        collectionId,
        name: data.name,
        kind: data.kind as ActorKind,
        description: data.description ?? null,
      },
    });
    await addAliases(tx, actor.id, data.aliases ?? []);
    await recordChange(tx, {
      collectionId,
      userId,
      action: 'CREATE',
      entity: 'Actor',
      entityId: actor.id,
      summary: `Added the actor ${actor.name}`,
      after: await actorSnapshot(tx, actor.id),
    });
    return actor;
  });
}

const ActorUpdate = ActorInput.partial();
export type ActorUpdate = z.input<typeof ActorUpdate>;

/** Renames or re-describes an actor; given aliases are added to those it has. */
export async function updateActor(
  prisma: Db,
  userId: string,
  collectionId: string,
  actorId: string,
  input: ActorUpdate,
) {
  const data = parseInput(ActorUpdate, input);
  return withTransaction(prisma, async (tx) => {
    const before = await ownActor(tx, collectionId, actorId);
    const actor = await tx.actor.update({
      where: { id: actorId },
      data: {
        ...(data.name ? { name: data.name } : {}),
        ...(data.kind ? { kind: data.kind as ActorKind } : {}),
        ...(data.description !== undefined ? { description: data.description } : {}),
      },
    });
    await addAliases(tx, actorId, data.aliases ?? []);
    await refreshSearch(tx, await claimsOf(tx, actorId));
    await recordChange(tx, {
      collectionId,
      userId,
      action: 'UPDATE',
      entity: 'Actor',
      entityId: actorId,
      summary: `Edited the actor ${actor.name}`,
      before,
      after: await actorSnapshot(tx, actorId),
    });
    return actor;
  });
}

/**
 * Folds a duplicate actor into the one kept: its claims, relations and aliases move over, its
 * name becomes an alias, and it is gone. Revertible like any change.
 */
export async function mergeActors(
  prisma: Db,
  userId: string,
  collectionId: string,
  keepId: string,
  mergeId: string,
) {
  if (keepId === mergeId)
    throw new AttestError('BAD_USER_INPUT', 'An actor cannot be merged into itself.');
  return withTransaction(prisma, async (tx) => {
    const kept = await ownActor(tx, collectionId, keepId);
    const merged = await ownActor(tx, collectionId, mergeId);
    const moved = {
      subject: await ids(
        tx.claim.findMany({ where: { subjectId: mergeId }, select: { id: true } }),
      ),
      object: await ids(tx.claim.findMany({ where: { objectId: mergeId }, select: { id: true } })),
      speaker: await ids(
        tx.claim.findMany({ where: { speakerId: mergeId }, select: { id: true } }),
      ),
      place: await ids(tx.claim.findMany({ where: { placeId: mergeId }, select: { id: true } })),
    };
    await tx.claim.updateMany({ where: { subjectId: mergeId }, data: { subjectId: keepId } });
    await tx.claim.updateMany({ where: { objectId: mergeId }, data: { objectId: keepId } });
    await tx.claim.updateMany({ where: { speakerId: mergeId }, data: { speakerId: keepId } });
    await tx.claim.updateMany({ where: { placeId: mergeId }, data: { placeId: keepId } });
    // Relations the kept actor already has would be duplicates; the others move.
    const relations = await tx.actorRelation.findMany({
      where: { OR: [{ subjectId: mergeId }, { objectId: mergeId }] },
    });
    const movedRelations: { id: string; subjectId: string; objectId: string }[] = [];
    for (const r of relations) {
      const key = {
        type: r.type,
        subjectId: r.subjectId === mergeId ? keepId : r.subjectId,
        objectId: r.objectId === mergeId ? keepId : r.objectId,
      };
      const clash = await tx.actorRelation.findUnique({ where: { type_subjectId_objectId: key } });
      if (!clash && key.subjectId !== key.objectId) {
        await tx.actorRelation.update({ where: { id: r.id }, data: key });
        movedRelations.push({ id: r.id, subjectId: r.subjectId, objectId: r.objectId });
      }
    }
    const known = new Set(kept.aliases.map((a) => a.normalized).concat(normalizeName(kept.name)));
    const added = [{ name: merged.name, kind: 'VARIANT' as const }, ...merged.aliases]
      .filter((a) => !known.has(normalizeName(a.name)))
      .filter((a, i, all) => all.findIndex((b) => b.name === a.name) === i);
    await addAliases(tx, keepId, added as { name: string; kind?: string | null }[]);
    await tx.actor.delete({ where: { id: mergeId } });
    await refreshSearch(tx, Object.values(moved).flat());
    await recordChange(tx, {
      collectionId,
      userId,
      action: 'MERGE',
      entity: 'Actor',
      entityId: keepId,
      summary: `Merged ${merged.name} into ${kept.name}`,
      before: { kept, merged, moved, movedRelations, addedAliases: added.map((a) => a.name) },
      after: await actorSnapshot(tx, keepId),
    });
    return tx.actor.findUniqueOrThrow({ where: { id: keepId } });
  });
}

/** Removes an actor no claim names. */
export async function deleteActor(
  prisma: Db,
  userId: string,
  collectionId: string,
  actorId: string,
) {
  await withTransaction(prisma, async (tx) => {
    const before = await ownActor(tx, collectionId, actorId);
    const used = await claimsOf(tx, actorId);
    if (used.length > 0)
      throw new AttestError(
        'CONFLICT',
        `${before.name} is named by ${used.length} claim(s): remove or change them, or merge the actor into another.`,
      );
    await tx.actor.delete({ where: { id: actorId } });
    await recordChange(tx, {
      collectionId,
      userId,
      action: 'DELETE',
      entity: 'Actor',
      entityId: actorId,
      summary: `Removed the actor ${before.name}`,
      before,
    });
  });
}

/** Puts an actor back as a snapshot has it (reverting a change). */
export async function restoreActor(tx: Prisma.TransactionClient, snapshot: ActorSnapshot) {
  const actor = {
    collectionId: snapshot.collectionId,
    name: snapshot.name,
    kind: snapshot.kind as ActorKind,
    description: snapshot.description,
  };
  await tx.actor.upsert({
    where: { id: snapshot.id },
    create: { id: snapshot.id, ...actor },
    update: actor,
  });
  await tx.actorAlias.deleteMany({ where: { actorId: snapshot.id } });
  await tx.actorAlias.createMany({
    data: snapshot.aliases.map((a) => ({ ...a, kind: a.kind as AliasKind, actorId: snapshot.id })),
  });
}

async function ownActor(tx: Prisma.TransactionClient, collectionId: string, actorId: string) {
  const snapshot = await actorSnapshot(tx, actorId);
  if (!snapshot || snapshot.collectionId !== collectionId)
    throw new AttestError('NOT_FOUND', 'This collection has no actor with this ID.');
  return snapshot;
}

async function addAliases(
  tx: Prisma.TransactionClient,
  actorId: string,
  aliases: { name: string; kind?: string | null }[],
) {
  if (aliases.length === 0) return;
  await tx.actorAlias.createMany({
    data: aliases.map((a) => ({
      actorId,
      name: a.name,
      kind: (a.kind ?? 'NAME') as AliasKind,
      normalized: normalizeName(a.name),
    })),
    skipDuplicates: true,
  });
}

const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);

export const claimsOf = (tx: Prisma.TransactionClient, actorId: string) =>
  ids(
    tx.claim.findMany({
      where: {
        OR: [
          { subjectId: actorId },
          { objectId: actorId },
          { speakerId: actorId },
          { placeId: actorId },
        ],
      },
      select: { id: true },
    }),
  );
