import type {
  ActorKind,
  Alias,
  Claim,
  ClaimValue,
  DisputeAspect,
  Predicate,
} from '@attest/knowledge';

/** An actor the extraction may link to: the knowledge base's, or a collection's. */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: readonly Alias[];
}

/** A claim already known, for suggestions: same subject and predicate as a draft. */
export type KnownClaim = Pick<
  Claim,
  'id' | 'subjectId' | 'predicateId' | 'objectId' | 'value' | 'statement'
> & { qualifiers?: Pick<Claim['qualifiers'], 'time'> };

export type Vocabulary = readonly Pick<Predicate, 'id' | 'label' | 'object' | 'openEnded'>[];

export interface ExtractOptions {
  actors: readonly KnownActor[];
  /** The controlled vocabulary: claims use only these predicate ids. */
  predicates: Vocabulary;
  claims?: readonly KnownClaim[];
}

/** A stretch of the text: code point offsets, end exclusive; `text` is exactly that slice. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How a mention was tied to a known actor. */
export type LinkVia =
  | 'name'
  | 'alias'
  | 'title-stripped'
  | 'surname'
  | 'demonym'
  | 'capital'
  | 'country-name';

export interface ActorMatch {
  id: string;
  name: string;
  via: LinkVia;
  confidence: number;
}

export interface DraftActor {
  /** Local to one extraction ("a3"): what quotes and claims point at. */
  key: string;
  name: string;
  kind: ActorKind;
  /** 0–1: how sure the extraction is that this is an actor of this kind. */
  confidence: number;
  mentions: Span[];
  /** The known actor it is, or null: a proposed new actor. */
  match: ActorMatch | null;
}

/** A direct quote: the span is the quoted words, without their quote marks, as in the text. */
export interface DraftQuote extends Span {
  speakerKey: string | null;
  /** The words that attribute it ("Beebe argued", "said Camille Grand"), when there are any. */
  attribution: Span | null;
  confidence: number;
}

export interface DraftClaim {
  key: string;
  subjectKey: string;
  predicateId: string;
  objectKey: string | null;
  value: ClaimValue | null;
  statement: string;
  modality: 'FACT' | 'PLAN' | 'QUOTE' | 'OPINION';
  speakerKey: string | null;
  /** Verbatim: `evidence.text` is the text's code points `start` to `end`. */
  evidence: Span;
  confidence: number;
}

export type SuggestionKind = 'CORROBORATES' | 'POSSIBLE_DISPUTE';

/** How a draft claim relates to a known one with the same subject and predicate. */
export interface Suggestion {
  kind: SuggestionKind;
  claimKey: string;
  knownClaimId: string;
  /** For a possible dispute: what differs. */
  aspect: DisputeAspect | null;
  reason: string;
}

export interface Extraction {
  actors: DraftActor[];
  quotes: DraftQuote[];
  claims: DraftClaim[];
  suggestions: Suggestion[];
}
