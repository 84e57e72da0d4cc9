import { graphql, type ResultOf, type SchemaType } from './graphql.ts';
import type { Range } from './passages.ts';

export interface ActorRef {
  id: string;
  name: string;
}

/** What extraction drafts from a text: actors, quotes, claims, and how the claims relate. */
export const ExtractionFields = graphql(`
  fragment ExtractionFields on Extraction {
    actors { key name kind confidence mentions { start end } match { id name } matchedBy }
    quotes { text start end speaker { key name } }
    claims {
      key statement modality predicate value subject { key } object { key } speaker { key }
      evidence { quote start end }
    }
    suggestions { kind claim { key } knownClaim { id statement } aspect reason }
  }
`);

export type Extraction = ResultOf<typeof ExtractionFields>;
export type DraftActor = Extraction['actors'][number];
export type DraftQuote = Extraction['quotes'][number];
export type DraftClaim = Extraction['claims'][number];
/** How a draft claim relates to a claim the collection already has. */
export type Suggestion = Extraction['suggestions'][number];

export const PredicateFields = graphql(`
  fragment PredicateFields on Predicate { key label description object }
`);

type PredicateRow = ResultOf<typeof PredicateFields>;

/** A predicate of the vocabulary, which always has a key and a label (nullable in the schema). */
export type Predicate = PredicateRow & { key: string; label: string };

export const predicatesOf = (rows: readonly PredicateRow[] | null | undefined): Predicate[] =>
  (rows ?? []).filter((p): p is Predicate => p.key != null && p.label != null);

export const actorKinds: Record<SchemaType<'ActorKind'>, string> = {
  PERSON: 'person',
  COUNTRY: 'country',
  GOVERNMENT: 'government',
  ORGANIZATION: 'organization',
  ALLIANCE: 'alliance',
  PLACE: 'place',
  MEDIA: 'outlet',
  EVENT: 'event',
  INITIATIVE: 'initiative',
  DOCUMENT: 'document',
};

export const modalities: Record<string, string> = {
  FACT: 'fact',
  QUOTE: 'quote',
  OPINION: 'opinion',
  PLAN: 'plan',
  DENIAL: 'denial',
};

export const linkedBy: Record<string, string> = {
  NAME: 'by name',
  ALIAS: 'by an alias',
  TITLE_STRIPPED: 'by name, after its title',
  SURNAME: 'by surname',
  DEMONYM: 'by demonym',
  CAPITAL: 'by its capital',
  COUNTRY_NAME: 'by country name',
};

/** Claims already in the collection from this source, so drafts they match are not offered. */
export interface ExistingClaim {
  id: string;
  predicate: string | null;
  evidence: Range[];
}

export const claimKey = (predicate: string, r: Range) => `${predicate}@${r.start}-${r.end}`;

/*
 * Names for drafts that hold across reloads. Extraction numbers its drafts in order (a1, c3),
 * and those numbers shift as the collection grows, so kept decisions use what a draft is.
 */
export const draftClaimKey = (c: DraftClaim) => `claim:${claimKey(c.predicate, c.evidence)}`;
export const draftActorKey = (a: { name: string }) =>
  `actor:${a.name.trim().toLowerCase().replace(/\s+/g, ' ')}`;
export const suggestionKey = (s: Suggestion, claim: DraftClaim) =>
  `suggestion:${s.kind}:${s.knownClaim?.id ?? ''}:${claimKey(claim.predicate, claim.evidence)}`;

/** A side of a claim: an actor of the collection, or a draft actor (added when accepted). */
export type Side = { actor: string } | { draft: string } | null;

/** A curator's changes to a draft claim, applied when it is accepted. */
export interface ClaimEdits {
  statement: string;
  predicate: string;
  subject: Side;
  object: Side;
  value: string;
  background: boolean;
}

/** A curator's changes to a draft actor, applied when it is added. */
export interface ActorEdits {
  name: string;
  kind: SchemaType<'ActorKind'>;
}

/** What is kept for one draft: dismissed, edited, or (for a suggestion) accepted. */
export interface Decision {
  dismissed: boolean;
  edits: Record<string, unknown> | null;
}

export const DecisionFields = graphql(`
  fragment DecisionFields on DraftDecision { key dismissed edits }
`);

const isSide = (x: unknown): x is Side =>
  x === null ||
  (typeof x === 'object' &&
    ((typeof (x as { actor?: unknown }).actor === 'string' && !('draft' in x)) ||
      (typeof (x as { draft?: unknown }).draft === 'string' && !('actor' in x))));

/** Kept claim edits, when they have the shape the review writes (an API user may store any). */
export function asClaimEdits(x: unknown): ClaimEdits | null {
  if (typeof x !== 'object' || x === null) return null;
  const e = x as Record<string, unknown>;
  return typeof e.statement === 'string' &&
    typeof e.predicate === 'string' &&
    typeof e.value === 'string' &&
    typeof e.background === 'boolean' &&
    isSide(e.subject) &&
    isSide(e.object)
    ? (e as unknown as ClaimEdits)
    : null;
}

/** Kept actor edits, when they have the shape the review writes and a kind it knows. */
export function asActorEdits(x: unknown): ActorEdits | null {
  if (typeof x !== 'object' || x === null) return null;
  const e = x as Record<string, unknown>;
  return typeof e.name === 'string' &&
    e.name.trim() !== '' &&
    typeof e.kind === 'string' &&
    e.kind in actorKinds
    ? { name: e.name, kind: e.kind as SchemaType<'ActorKind'> }
    : null;
}
