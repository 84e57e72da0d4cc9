import type { Range } from './passages.ts';

export interface ActorRef {
  id: string;
  name: string;
}

export interface DraftActor {
  key: string;
  name: string;
  kind: string;
  confidence: number;
  mentions: Range[];
  match: { id: string; name: string | null } | null;
  matchedBy: string | null;
}

export interface DraftQuote {
  text: string;
  start: number;
  end: number;
  speaker: { key: string; name: string } | null;
}

export interface DraftClaim {
  key: string;
  statement: string;
  modality: string;
  predicate: string;
  value: string | null;
  subject: { key: string };
  object: { key: string } | null;
  speaker: { key: string } | null;
  evidence: { quote: string; start: number; end: number };
}

export interface Extraction {
  actors: DraftActor[];
  quotes: DraftQuote[];
  claims: DraftClaim[];
}

export const EXTRACTION_FIELDS = `
  actors { key name kind confidence mentions { start end } match { id name } matchedBy }
  quotes { text start end speaker { key name } }
  claims { key statement modality predicate value subject { key } object { key } speaker { key }
    evidence { quote start end } }`;

export interface Predicate {
  key: string;
  label: string;
  description: string | null;
  object: 'ACTOR' | 'VALUE' | 'EITHER';
}

export const actorKinds: Record<string, string> = {
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
  predicate: string | null;
  evidence: Range[];
}

export const claimKey = (predicate: string, r: Range) => `${predicate}@${r.start}-${r.end}`;
