/** The knowledge base as plain data: what the curated files hold, verified and resolved. */

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** A date known to a precision: "2023" (YEAR), "2024-07" (MONTH), "2023-07-11" (DAY). */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

export type SourceGenre = 'NEWS' | 'OPINION' | 'BLOG';
export type ActorKind =
  | 'PERSON'
  | 'COUNTRY'
  | 'GOVERNMENT'
  | 'ORGANIZATION'
  | 'ALLIANCE'
  | 'PLACE'
  | 'MEDIA'
  | 'EVENT'
  | 'INITIATIVE'
  | 'DOCUMENT';
export type AliasKind = 'NAME' | 'ABBREVIATION' | 'METONYM' | 'MISSPELLING' | 'VARIANT';
export type RelationType = 'MEMBER_OF' | 'AFFILIATED_WITH' | 'HOLDS_POSITION' | 'PART_OF';
export type PredicateObject = 'ACTOR' | 'VALUE' | 'EITHER';
export type Modality = 'FACT' | 'PLAN' | 'OPINION' | 'QUOTE' | 'DENIAL';
export type Rank = 'PREFERRED' | 'NORMAL' | 'DEPRECATED';
export type DisputeAspect = 'DATE' | 'FACT' | 'STATUS' | 'NUMBER';

export interface NoiseRegion {
  label: string;
  start: number;
  end: number;
}

export interface Source {
  id: string;
  fileName: string;
  title: string;
  publisher: string | null;
  publisherBasis: string | null;
  url: string | null;
  published: PartialDate | null;
  genre: SourceGenre;
  text: string;
  /** SHA-256 of the text's UTF-8 bytes, hex. */
  contentHash: string;
  noise: NoiseRegion[];
}

export interface Predicate {
  id: string;
  label: string;
  description: string;
  object: PredicateObject;
  /** Claims of this predicate with an actor object are also relations of this type. */
  relation: RelationType | null;
  phrasing: PredicatePhrasing | null;
  /**
   * Texts name some of those who stand in this relation to a country, a person or an alliance,
   * never all: "who supports Ukraine?" has more right answers than any text gives.
   */
  openEnded: boolean;
  /**
   * Open-ended even about things that exist only in the news, either way round: no text lists
   * all that a communiqué mentions, a programme covers or an alliance focuses on.
   */
  alwaysOpen: boolean;
  /**
   * A subject stands in it to one object at a time (Wikidata's single-value constraint): a
   * building is located in one city, so "Where is NATO headquarters?" has one right answer.
   */
  singleValue: boolean;
  /**
   * An object has one subject at a time (Wikidata's distinct-values constraint): a country has
   * one leader, so "Who leads France?" has one right answer.
   */
  distinctValues: boolean;
  /**
   * Predicates every claim of this one also makes true (Wikidata's subproperty of): whoever
   * blocked a plan opposes it, so "Who opposes the plan?" accepts them.
   */
  implies: string[];
  /**
   * The predicate whose claims rule this one out (Wikidata's opposite of): one who opposes a
   * plan does not support it, so an opponent is a provably wrong answer to who supports it.
   */
  opposite: string | null;
}

/**
 * How questions phrase a claim of a predicate; `{subject}` and `{object}` are filled in.
 * A missing question means the predicate is not asked about that way.
 */
export interface PredicatePhrasing {
  /** A declarative clause: "{subject} blocked {object}". */
  statement: string;
  /** Asks for the subject: "Who blocked {object}?" */
  askSubject: string | null;
  /** Asks for the object: "What did {subject} block?" */
  askObject: string | null;
}

export interface Alias {
  name: string;
  kind: AliasKind;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  description: string | null;
  aliases: Alias[];
}

export interface Relation {
  type: RelationType;
  subjectId: string;
  objectId: string;
  start: PartialDate | null;
  end: PartialDate | null;
  /** The claim that states this relation, if one does. */
  claimId: string | null;
}

export type ClaimValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number; unit: string | null }
  | { kind: 'date'; date: PartialDate };

export interface Qualifiers {
  time: PartialDate | null;
  asOf: PartialDate | null;
  /** The last time the claim held (Wikidata's end time): a state that has since ended. */
  until: PartialDate | null;
  placeId: string | null;
}

/** A verbatim quote located in a source (TextQuoteSelector + TextPositionSelector). */
export interface TextQuote {
  quote: string;
  /** Code point offsets into the source text; end exclusive. */
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export interface Evidence extends TextQuote {
  sourceId: string;
}

export interface Claim {
  id: string;
  subjectId: string;
  predicateId: string;
  objectId: string | null;
  value: ClaimValue | null;
  statement: string;
  modality: Modality;
  speakerId: string | null;
  rank: Rank;
  qualifiers: Qualifiers;
  offTopic: boolean;
  /**
   * Common background the text restates rather than teaches (who leads a country, where a
   * headquarters is): kept as knowledge, never asked about. Set by the curator.
   */
  background: boolean;
  evidence: Evidence[];
}

export interface Dispute {
  firstId: string;
  secondId: string;
  aspect: DisputeAspect;
  description: string;
}

export interface KnowledgeBase {
  sources: Source[];
  predicates: Predicate[];
  actors: Actor[];
  relations: Relation[];
  claims: Claim[];
  disputes: Dispute[];
}
