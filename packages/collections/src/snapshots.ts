import type { Prisma } from '@attest/db';

/** An actor as the history keeps it: enough to put it back as it was. */
export interface ActorSnapshot {
  id: string;
  collectionId: string;
  name: string;
  kind: string;
  description: string | null;
  aliases: { name: string; kind: string; normalized: string }[];
}

/** A claim as the history keeps it, with its evidence. */
export interface ClaimSnapshot {
  id: string;
  collectionId: string;
  subjectId: string;
  predicateId: string;
  objectId: string | null;
  valueText: string | null;
  statement: string;
  modality: string;
  speakerId: string | null;
  rank: string;
  timeAt: string | null;
  timePrecision: string | null;
  /** Absent in snapshots taken before the flag existed. */
  background?: boolean;
  evidence: {
    sourceId: string;
    quote: string;
    start: number;
    end: number;
    prefix: string;
    suffix: string;
  }[];
}

export async function actorSnapshot(
  tx: Prisma.TransactionClient,
  id: string,
): Promise<ActorSnapshot | null> {
  const actor = await tx.actor.findUnique({
    where: { id },
    include: { aliases: { orderBy: { name: 'asc' } } },
  });
  if (!actor) return null;
  return {
    id: actor.id,
    collectionId: actor.collectionId,
    name: actor.name,
    kind: actor.kind,
    description: actor.description,
    aliases: actor.aliases.map((a) => ({ name: a.name, kind: a.kind, normalized: a.normalized })),
  };
}

export async function claimSnapshot(
  tx: Prisma.TransactionClient,
  id: string,
): Promise<ClaimSnapshot | null> {
  const claim = await tx.claim.findUnique({
    where: { id },
    include: { evidence: { orderBy: [{ sourceId: 'asc' }, { start: 'asc' }] } },
  });
  if (!claim) return null;
  return {
    id: claim.id,
    collectionId: claim.collectionId,
    subjectId: claim.subjectId,
    predicateId: claim.predicateId,
    objectId: claim.objectId,
    valueText: claim.valueText,
    statement: claim.statement,
    modality: claim.modality,
    speakerId: claim.speakerId,
    rank: claim.rank,
    timeAt: claim.timeAt?.toISOString() ?? null,
    timePrecision: claim.timePrecision,
    background: claim.background,
    evidence: claim.evidence.map(({ sourceId, quote, start, end, prefix, suffix }) => ({
      sourceId,
      quote,
      start,
      end,
      prefix,
      suffix,
    })),
  };
}
