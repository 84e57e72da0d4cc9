import {
  type Actor,
  type ActorKind,
  type Claim,
  type ClaimValue,
  type Dispute,
  type KnowledgeBase,
  locateQuote,
  type Modality,
  type Predicate,
  parsePartialDate,
  type Rank,
  type Relation,
  type Source,
} from '@attest/knowledge';

/** Hand-made knowledge bases for tests: short specs in, a resolved KnowledgeBase out. */

export interface SourceSpec {
  id: string;
  title: string;
  publisher?: string | null;
  /** "2024", "2024-07": when the text came out. */
  published?: string;
  text: string;
}

export type ActorSpec = [
  id: string,
  name: string,
  kind: ActorKind,
  description?: string,
  aliases?: string[],
];

export interface PredicateSpec {
  id: string;
  object?: Predicate['object'];
  relation?: Predicate['relation'];
  openEnded?: boolean;
  alwaysOpen?: boolean;
  singleValue?: boolean;
  distinctValues?: boolean;
  implies?: string[];
  opposite?: string;
  /** [statement, askSubject, askObject]; omitted: the predicate has no phrasing. */
  phrasing?: [string, string | null, string | null];
}

export interface ClaimSpec {
  id: string;
  s: string;
  p: string;
  o?: string;
  value?: ClaimValue;
  statement: string;
  modality?: Modality;
  speaker?: string;
  rank?: Rank;
  time?: string;
  /** The date of the text a claim is known from, for one without a time of its own. */
  asOf?: string;
  /** The last time it held. */
  until?: string;
  offTopic?: boolean;
  /** Marked by the curator as common background: never asked. */
  background?: boolean;
  evidence: [sourceId: string, quote: string][];
}

export interface KbSpec {
  sources: SourceSpec[];
  actors: ActorSpec[];
  predicates: PredicateSpec[];
  claims: ClaimSpec[];
  /** Background relations: [type, subject, object, end?]. */
  relations?: [Relation['type'], string, string, string?][];
  disputes?: [string, string, Dispute['aspect']][];
}

const date = (value: string) => {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`bad date ${value}`);
  return parsed;
};

export function buildKb(spec: KbSpec): KnowledgeBase {
  const sources: Source[] = spec.sources.map((s) => ({
    id: s.id,
    fileName: `${s.id}.txt`,
    title: s.title,
    publisher: s.publisher ?? null,
    publisherBasis: null,
    url: null,
    published: s.published ? date(s.published) : null,
    genre: 'NEWS',
    text: s.text,
    contentHash: s.id,
    noise: [],
  }));
  const textOf = new Map(sources.map((s) => [s.id, s.text]));
  const actors: Actor[] = spec.actors.map(([id, name, kind, description, aliases]) => ({
    id,
    name,
    kind,
    description: description ?? null,
    aliases: (aliases ?? []).map((a) => ({ name: a, kind: 'VARIANT' })),
  }));
  const predicates: Predicate[] = spec.predicates.map((p) => ({
    id: p.id,
    label: p.id.replaceAll('_', ' '),
    description: p.id,
    object: p.object ?? 'ACTOR',
    relation: p.relation ?? null,
    openEnded: p.openEnded ?? false,
    alwaysOpen: p.alwaysOpen ?? false,
    singleValue: p.singleValue ?? false,
    distinctValues: p.distinctValues ?? false,
    implies: p.implies ?? [],
    opposite: p.opposite ?? null,
    phrasing: p.phrasing
      ? { statement: p.phrasing[0], askSubject: p.phrasing[1], askObject: p.phrasing[2] }
      : null,
  }));
  const relationOf = new Map(predicates.map((p) => [p.id, p.relation]));
  const relations: Relation[] = (spec.relations ?? []).map(([type, subjectId, objectId, end]) => ({
    type,
    subjectId,
    objectId,
    start: null,
    end: end ? date(end) : null,
    claimId: null,
  }));
  const claims: Claim[] = spec.claims.map((c) => {
    const relation = relationOf.get(c.p);
    if (relation && c.o) {
      relations.push({
        type: relation,
        subjectId: c.s,
        objectId: c.o,
        start: null,
        end: null,
        claimId: c.id,
      });
    }
    return {
      id: c.id,
      subjectId: c.s,
      predicateId: c.p,
      objectId: c.o ?? null,
      value: c.value ?? null,
      statement: c.statement,
      modality: c.modality ?? 'FACT',
      speakerId: c.speaker ?? null,
      rank: c.rank ?? 'NORMAL',
      qualifiers: {
        time: c.time ? date(c.time) : null,
        asOf: c.asOf ? date(c.asOf) : null,
        until: c.until ? date(c.until) : null,
        placeId: null,
      },
      offTopic: c.offTopic ?? false,
      background: c.background ?? false,
      evidence: c.evidence.map(([sourceId, quote]) => ({
        sourceId,
        ...locateQuote(textOf.get(sourceId) ?? '', quote),
      })),
    };
  });
  const disputes: Dispute[] = (spec.disputes ?? []).map(([firstId, secondId, aspect]) => ({
    firstId,
    secondId,
    aspect,
    description: `${firstId} and ${secondId} disagree.`,
  }));
  return { sources, predicates, actors, relations, claims, disputes };
}

/**
 * One wire story told claim by claim: each claim's statement becomes a sentence of the source
 * `wire` and the claim's evidence; `source()` is the story so far.
 */
export function wireStory() {
  const lines: string[] = [];
  const claim = (
    id: string,
    s: string,
    p: string,
    o: string | null,
    statement: string,
    extra: Partial<ClaimSpec> = {},
  ): ClaimSpec => {
    lines.push(statement);
    return { id, s, p, ...(o ? { o } : {}), statement, evidence: [['wire', statement]], ...extra };
  };
  const source = (): SourceSpec => ({
    id: 'wire',
    title: 'Wire',
    publisher: 'The Wire',
    text: lines.join(' '),
  });
  return { claim, source };
}

/** A claim that `speaker` said `words`, in their own words (a QUOTE), backed by `evidence`. */
export const saidClaim = (
  id: string,
  speaker: string,
  words: string,
  statement: string,
  evidence: ClaimSpec['evidence'],
): ClaimSpec => ({
  id,
  s: speaker,
  p: 'said',
  value: { kind: 'text', text: words },
  modality: 'QUOTE',
  speaker,
  statement,
  evidence,
});
