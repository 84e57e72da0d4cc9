import { request } from './client.ts';
import { graphql, type SchemaType, type VariablesOf } from './graphql.ts';
import type { Range } from './passages.ts';
import type { ActorRef } from './review.ts';

const CreateActor = graphql(`
  mutation CreateActor($c: ID!, $input: ActorInput!) {
    createActor(collection: $c, input: $input) @_required { id name }
  }
`);

/** A new actor of the collection. */
export async function createActor(
  collection: string,
  actor: { name: string; kind: SchemaType<'ActorKind'> },
): Promise<ActorRef> {
  const data = await request(CreateActor, {
    c: collection,
    input: { name: actor.name, kind: actor.kind },
  });
  return { id: data.createActor.id, name: data.createActor.name ?? actor.name };
}

const CreateClaim = graphql(`
  mutation CreateClaim($c: ID!, $input: ClaimInput!) {
    createClaim(collection: $c, input: $input) @_required { id statement }
  }
`);

/** A claim as created: its sides, wording, background flag and the passages behind it. */
export type NewClaim = VariablesOf<typeof CreateClaim>['input'];

/** A claim of the collection backed by the given passages; returns its wording as stored. */
export async function createClaim(
  collection: string,
  claim: NewClaim,
): Promise<{ id: string; statement: string }> {
  const data = await request(CreateClaim, { c: collection, input: claim });
  return { id: data.createClaim.id, statement: data.createClaim.statement ?? '' };
}

const MergeActors = graphql(`
  mutation MergeActors($c: ID!, $keep: ID!, $merge: ID!) {
    mergeActors(collection: $c, keep: $keep, merge: $merge) @_required { id name }
  }
`);

/** Folds a duplicate actor into the one kept; the duplicate's name becomes an alias. */
export async function mergeActors(collection: string, keep: string, merge: string) {
  const data = await request(MergeActors, { c: collection, keep, merge });
  return data.mergeActors;
}

const AddAlias = graphql(`
  mutation AddAlias($c: ID!, $id: ID!, $input: ActorUpdateInput!) {
    updateActor(collection: $c, id: $id, input: $input) { id }
  }
`);

/** Another name an actor goes by, so extraction links it next time. */
export async function addAlias(collection: string, actor: string, alias: string) {
  await request(AddAlias, { c: collection, id: actor, input: { aliases: [{ name: alias }] } });
}

const CreateDispute = graphql(`
  mutation CreateDispute(
    $c: ID!, $first: ID!, $second: ID!, $aspect: DisputeAspect!, $description: String!
  ) {
    createDispute(
      collection: $c, first: $first, second: $second, aspect: $aspect, description: $description
    ) { id }
  }
`);

/** Records that two claims of the collection cannot both be right. */
export async function createDispute(
  collection: string,
  dispute: Omit<VariablesOf<typeof CreateDispute>, 'c'>,
) {
  await request(CreateDispute, { c: collection, ...dispute });
}

const AddEvidence = graphql(`
  mutation AddEvidence($c: ID!, $claim: ID!, $e: [PassageInput!]!) {
    addEvidence(collection: $c, claim: $claim, evidence: $e) { id }
  }
`);

/** Adds a passage to a claim's evidence (another text says the same). */
export async function addEvidence(
  collection: string,
  claim: string,
  passage: Range & { source: string },
) {
  await request(AddEvidence, { c: collection, claim, e: [passage] });
}
