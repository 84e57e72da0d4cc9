import { gql } from './client.ts';
import type { Range } from './passages.ts';
import type { ActorRef } from './review.ts';

/** A new actor of the collection. */
export async function createActor(
  collection: string,
  actor: { name: string; kind: string },
): Promise<ActorRef> {
  const data = await gql<{ createActor: { id: string; name: string | null } }>(
    `mutation ($c: ID!, $input: ActorInput!) { createActor(collection: $c, input: $input) { id name } }`,
    { c: collection, input: { name: actor.name, kind: actor.kind } },
  );
  return { id: data.createActor.id, name: data.createActor.name ?? actor.name };
}

export interface NewClaim {
  subject: string;
  predicate: string;
  object?: string | null;
  value?: string | null;
  speaker?: string | null;
  statement?: string | null;
  modality?: string | null;
  evidence: (Range & { source: string })[];
}

/** A claim of the collection backed by the given passages; returns its wording as stored. */
export async function createClaim(
  collection: string,
  claim: NewClaim,
): Promise<{ id: string; statement: string }> {
  const data = await gql<{ createClaim: { id: string; statement: string | null } }>(
    `mutation ($c: ID!, $input: ClaimInput!) { createClaim(collection: $c, input: $input) { id statement } }`,
    { c: collection, input: claim },
  );
  return { id: data.createClaim.id, statement: data.createClaim.statement ?? '' };
}
