import {
  ActorKind,
  AliasKind,
  CollectionVisibility,
  DatePrecision,
  DisputeAspect,
  Modality,
  PredicateObject,
  Rank,
  RelationType,
  SourceGenre,
} from '@attest/db';
import { builder } from '../builder.ts';

/** `{ VALUE: { description } }` for an enum's values, to keep the declarations below short. */
const described = <K extends string>(values: Record<K, string>) =>
  Object.fromEntries(
    Object.entries(values).map(([name, description]) => [name, { description }]),
  ) as Record<K, { description: string }>;

export const ActorKindEnum = builder.enumType(ActorKind, {
  name: 'ActorKind',
  description: 'What kind of thing an actor is.',
  values: described<ActorKind>({
    PERSON: 'A person.',
    COUNTRY: 'A country or state.',
    GOVERNMENT: 'A government or one of its bodies (a ministry, the Kremlin, an embassy).',
    ORGANIZATION: 'A think tank, university, business group or other organization.',
    ALLIANCE: 'An alliance or group of countries (NATO, the AP4, "the West").',
    PLACE: 'A city, region or site (Tokyo, the Indo-Pacific, NATO headquarters).',
    MEDIA: 'A news outlet or publisher.',
    EVENT: 'An event, such as a summit.',
    INITIATIVE: 'A programme, office or project (a planned liaison office, a partnership).',
    DOCUMENT: 'A strategy, communiqué or other document.',
  }),
});
export const AliasKindEnum = builder.enumType(AliasKind, {
  name: 'AliasKind',
  description: 'How an alias names its actor.',
  values: described<AliasKind>({
    NAME: 'Another full name ("United States of America").',
    ABBREVIATION: 'An abbreviation or acronym ("UN").',
    METONYM:
      'A name that stands for the actor when it acts: "Beijing said" for the government of China.',
    MISSPELLING: 'A common misspelling: recognized in texts and answers, never shown as a name.',
    VARIANT: 'A variant spelling or short form ("Billstrom" for Tobias Billström).',
  }),
});
export const DatePrecisionEnum = builder.enumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How much of a date is known; the stored date is the first day of that period.',
  values: described<DatePrecision>({
    YEAR: 'Only the year: "2023".',
    MONTH: 'The year and month: "2024-07".',
    DAY: 'The exact day: "2023-07-11".',
  }),
});
export const DisputeAspectEnum = builder.enumType(DisputeAspect, {
  name: 'DisputeAspect',
  description: 'What part of a claim another source contradicts.',
  values: described<DisputeAspect>({
    DATE: 'When it happened.',
    FACT: 'Whether it is so at all (or its text value).',
    STATUS: 'Where it stands: decided, expected, only floated, halted.',
    NUMBER: 'A number in it.',
  }),
});
export const ModalityEnum = builder.enumType(Modality, {
  name: 'Modality',
  description: 'How a claim is put: reported as fact, a plan, an opinion, a quote, a denial.',
  values: described<Modality>({
    FACT: 'Reported as fact.',
    PLAN: 'Announced as a plan or intention.',
    OPINION: "The subject's opinion.",
    QUOTE: 'Words the subject said, quoted.',
    DENIAL: 'Something the subject denies.',
  }),
});
export const PredicateObjectEnum = builder.enumType(PredicateObject, {
  name: 'PredicateObject',
  description: "What a predicate's claims point at: another actor, a value, or either.",
  values: described<PredicateObject>({
    ACTOR: 'Another actor (Claim.object).',
    VALUE: 'A value: text, a number or a date (Claim.value).',
    EITHER: 'An actor or a value.',
  }),
});
export const RankEnum = builder.enumType(Rank, {
  name: 'Rank',
  description:
    'As in Wikidata: preferred, normal, or deprecated (kept, but known to be superseded).',
  values: described<Rank>({
    PREFERRED: 'The best current statement of its kind; preferred over NORMAL ones.',
    NORMAL: 'An ordinary statement.',
    DEPRECATED: 'Kept for the record, but known to be superseded or wrong.',
  }),
});
export const RelationTypeEnum = builder.enumType(RelationType, {
  name: 'RelationType',
  description: 'How one actor stands to another, independent of any source.',
  values: described<RelationType>({
    MEMBER_OF: 'A member of (a country of an alliance).',
    AFFILIATED_WITH: 'Works for or represents (a foreign minister, their country).',
    HOLDS_POSITION: 'Holds an office in.',
    PART_OF: 'Lies within or is part of (Japan, of Asia).',
  }),
});
export const SourceGenreEnum = builder.enumType(SourceGenre, {
  name: 'SourceGenre',
  description: 'What kind of text a source is.',
  values: described<SourceGenre>({
    NEWS: 'News reporting.',
    OPINION: 'An opinion piece or editorial.',
    BLOG: 'A blog post.',
  }),
});
export const CollectionVisibilityEnum = builder.enumType(CollectionVisibility, {
  name: 'CollectionVisibility',
  description: 'Who can read a collection.',
  values: described<CollectionVisibility>({
    PUBLIC: 'Anyone, signed in or not.',
    PRIVATE: 'Only its owner and curators.',
  }),
});
