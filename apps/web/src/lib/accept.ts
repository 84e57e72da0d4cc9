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
  /** Common background the text restates: never asked in quizzes. */
  background?: boolean | null;
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

/** Folds a duplicate actor into the one kept; the duplicate's name becomes an alias. */
export async function mergeActors(collection: string, keep: string, merge: string) {
  const data = await gql<{ mergeActors: { id: string; name: string | null } }>(
    `mutation ($c: ID!, $keep: ID!, $merge: ID!) { mergeActors(collection: $c, keep: $keep, merge: $merge) { id name } }`,
    { c: collection, keep, merge },
  );
  return data.mergeActors;
}

/** Another name an actor goes by, so extraction links it next time. */
export async function addAlias(collection: string, actor: string, alias: string) {
  await gql(
    `mutation ($c: ID!, $id: ID!, $input: ActorUpdateInput!) { updateActor(collection: $c, id: $id, input: $input) { id } }`,
    { c: collection, id: actor, input: { aliases: [{ name: alias }] } },
  );
}

/** Records that two claims of the collection cannot both be right. */
export async function createDispute(
  collection: string,
  dispute: { first: string; second: string; aspect: string; description: string },
) {
  await gql(
    `mutation ($c: ID!, $first: ID!, $second: ID!, $aspect: DisputeAspect!, $description: String!) {
      createDispute(collection: $c, first: $first, second: $second, aspect: $aspect, description: $description) { id } }`,
    { c: collection, ...dispute },
  );
}

/** Adds a passage to a claim's evidence (another text says the same). */
export async function addEvidence(
  collection: string,
  claim: string,
  passage: Range & { source: string },
) {
  await gql(
    `mutation ($c: ID!, $claim: ID!, $e: [PassageInput!]!) { addEvidence(collection: $c, claim: $claim, evidence: $e) { id } }`,
    { c: collection, claim, e: [passage] },
  );
}
