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

export const ActorKindEnum = builder.enumType(ActorKind, { name: 'ActorKind' });
export const AliasKindEnum = builder.enumType(AliasKind, { name: 'AliasKind' });
export const DatePrecisionEnum = builder.enumType(DatePrecision, { name: 'DatePrecision' });
export const DisputeAspectEnum = builder.enumType(DisputeAspect, { name: 'DisputeAspect' });
export const ModalityEnum = builder.enumType(Modality, {
  name: 'Modality',
  description: 'How a claim is put: reported as fact, a plan, an opinion, a quote, a denial.',
});
export const PredicateObjectEnum = builder.enumType(PredicateObject, { name: 'PredicateObject' });
export const RankEnum = builder.enumType(Rank, {
  name: 'Rank',
  description:
    'As in Wikidata: preferred, normal, or deprecated (kept, but known to be superseded).',
});
export const RelationTypeEnum = builder.enumType(RelationType, { name: 'RelationType' });
export const SourceGenreEnum = builder.enumType(SourceGenre, { name: 'SourceGenre' });
export const CollectionVisibilityEnum = builder.enumType(CollectionVisibility, {
  name: 'CollectionVisibility',
});
