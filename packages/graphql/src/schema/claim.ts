import type { DisputeAspect } from '@attest/db';
import { builder } from '../builder.ts';
import {
  DisputeAspectEnum,
  ModalityEnum,
  PredicateObjectEnum,
  RankEnum,
  RelationTypeEnum,
} from './enums.ts';
import { PartialDate, partialDate } from './partial-date.ts';
import { Passage } from './passage.ts';

interface ClaimDisputeShape {
  id: string;
  aspect: DisputeAspect;
  description: string;
  /** The other claim, loaded with the client's selection (see Claim.disputes). */
  claim: { id: string };
}

const isEmptySelect = (selection: unknown) =>
  typeof selection === 'object' &&
  selection !== null &&
  'select' in selection &&
  Object.keys(selection.select as object).length === 0;

// Declared before Claim, implemented after it: each refers to the other.
const ClaimDispute = builder.objectRef<ClaimDisputeShape>('ClaimDispute');

export const Predicate = builder.prismaNode('Predicate', {
  select: { id: true },
  id: { field: 'id' },
  description: 'A verb of the controlled vocabulary claims are made with.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The vocabulary key, e.g. "member_of".' }),
    label: t.exposeString('label', {
      description: 'How it reads in a sentence, e.g. "blocked".',
    }),
    description: t.exposeString('description', {
      description: 'What it means and when to use it.',
    }),
    object: t.expose('object', {
      type: PredicateObjectEnum,
      description: 'What its claims point at: an actor, a value, or either.',
    }),
    relation: t.expose('relation', {
      type: RelationTypeEnum,
      nullable: true,
      description: 'The actor relation its claims establish; null when none.',
    }),
    openEnded: t.exposeBoolean('openEnded', {
      description:
        'Texts name some of those who stand in this relation to a country, a person or an ' +
        'alliance, never all ("who supports Ukraine?"): the quiz asks who only about ' +
        'things that exist only in the news (initiatives, documents).',
    }),
    alwaysOpen: t.exposeBoolean('alwaysOpen', {
      description:
        'Open-ended even about things that exist only in the news: no text lists all that a ' +
        'communiqué mentions or a programme covers, so the quiz never asks for either side.',
    }),
    singleValue: t.exposeBoolean('singleValue', {
      description:
        'A subject stands in it to one object at a time ("located in"): asking for the ' +
        'object has one right answer.',
    }),
    distinctValues: t.exposeBoolean('distinctValues', {
      description:
        'An object has one subject at a time ("leads"): asking for the subject has one ' +
        'right answer.',
    }),
    opposite: t.exposeString('opposite', {
      nullable: true,
      description: 'Key of the predicate whose claims rule this one out: "supports" and "opposes".',
    }),
    implies: t.exposeStringList('implies', {
      description:
        'Keys of the predicates every claim of this one also makes true: "blocked" implies ' +
        '"opposes".',
    }),
  }),
});

interface ClaimValueShape {
  text: string | null;
  number: number | null;
  unit: string | null;
  date: { value: string; precision: 'YEAR' | 'MONTH' | 'DAY' } | null;
}

const ClaimValue = builder.objectRef<ClaimValueShape>('ClaimValue').implement({
  description: 'A literal object of a claim: text, a number with its unit, or a date.',
  fields: (t) => ({
    text: t.exposeString('text', { nullable: true, description: 'A text value; null otherwise.' }),
    number: t.exposeFloat('number', { nullable: true, description: 'A number; null otherwise.' }),
    unit: t.exposeString('unit', {
      nullable: true,
      description:
        'The number\'s unit ("percent of GDP", "member countries"); null when it has none.',
    }),
    date: t.field({
      type: PartialDate,
      nullable: true,
      description: 'A date value; null otherwise.',
      resolve: (v) => v.date,
    }),
  }),
});

export const Evidence = builder.prismaNode('Evidence', {
  // The Passage fields read the row itself, so it always carries them.
  select: { id: true, quote: true, start: true, end: true },
  id: { field: 'id' },
  description:
    'A verbatim quote that backs a claim, anchored in its source (a W3C TextQuoteSelector with positions).',
  interfaces: [Passage],
  fields: (t) => ({
    prefix: t.exposeString('prefix', { description: 'Up to 32 code points before the quote.' }),
    suffix: t.exposeString('suffix', { description: 'Up to 32 code points after the quote.' }),
    source: t.relation('source', { description: 'The source it quotes.' }),
    claim: t.relation('claim', { description: 'The claim it backs.' }),
  }),
});

const EVIDENCE_ORDER = [{ sourceId: 'asc' as const }, { start: 'asc' as const }];

export const Claim = builder.prismaNode('Claim', {
  select: { id: true },
  id: { field: 'id' },
  description: 'Who did, said or plans what, backed by evidence from one or more sources.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The curated key, stable across reseeding.' }),
    collection: t.relation('collection', { description: 'The collection it belongs to.' }),
    statement: t.exposeString('statement', {
      description: 'The claim as one plain sentence.',
    }),
    subject: t.relation('subject', { description: 'Who or what the claim is about.' }),
    predicate: t.relation('predicate', { description: 'What is claimed of the subject.' }),
    object: t.relation('object', {
      nullable: true,
      description: 'The actor it points at; null when its object is a value.',
    }),
    value: t.field({
      type: ClaimValue,
      nullable: true,
      description: 'The value it points at; null when its object is an actor.',
      select: {
        valueText: true,
        valueNumber: true,
        valueUnit: true,
        valueDate: true,
        valueDatePrecision: true,
      },
      resolve: (c) =>
        c.valueText === null && c.valueNumber === null && c.valueDate === null
          ? null
          : {
              text: c.valueText,
              number: c.valueNumber,
              unit: c.valueUnit,
              date: partialDate(c.valueDate, c.valueDatePrecision),
            },
    }),
    modality: t.expose('modality', { type: ModalityEnum, description: 'How it is put.' }),
    speaker: t.relation('speaker', {
      nullable: true,
      description: 'Whose words or view it is (quotes, opinions, denials); null for plain fact.',
    }),
    rank: t.expose('rank', { type: RankEnum, description: 'Whether it is current or superseded.' }),
    offTopic: t.exposeBoolean('offTopic', {
      description: "From a sidebar or another story than the source's own.",
    }),
    time: t.field({
      type: PartialDate,
      nullable: true,
      description: 'Qualifier: when it happened or holds.',
      select: { timeAt: true, timePrecision: true },
      resolve: (c) => partialDate(c.timeAt, c.timePrecision),
    }),
    asOf: t.field({
      type: PartialDate,
      nullable: true,
      description: 'Qualifier: as of when it was reported.',
      select: { asOfAt: true, asOfPrecision: true },
      resolve: (c) => partialDate(c.asOfAt, c.asOfPrecision),
    }),
    until: t.field({
      type: PartialDate,
      nullable: true,
      description:
        "Qualifier: the last time it held (Wikidata's end time), for a state that has since ended.",
      select: { untilAt: true, untilPrecision: true },
      resolve: (c) => partialDate(c.untilAt, c.untilPrecision),
    }),
    place: t.relation('place', { nullable: true, description: 'Qualifier: where.' }),
    evidence: t.relation('evidence', {
      query: { orderBy: EVIDENCE_ORDER },
      description: 'The quotes that back it, by source and position.',
    }),
    corroboration: t.int({
      description: 'How many distinct sources back this claim.',
      // Ordered as the evidence field is, so both share one load of the relation.
      select: { evidence: { orderBy: EVIDENCE_ORDER, select: { sourceId: true } } },
      resolve: (c) => new Set(c.evidence.map((e) => e.sourceId)).size,
    }),
    disputes: t.field({
      type: [ClaimDispute],
      description: 'Claims that conflict with this one, and what conflicts.',
      select: (_args, _ctx, nestedSelection) => {
        const selected = nestedSelection(true, ['claim']);
        // A client that reads no field of the other claim (`disputes { aspect }`) gets
        // `{ select: {} }` here, which Prisma refuses: its ID is then all that is loaded.
        const claim = isEmptySelect(selected) ? { select: { id: true } } : selected;
        const dispute = { id: true, aspect: true, description: true } as const;
        return {
          disputesAsFirst: { select: { ...dispute, second: claim } },
          disputesAsSecond: { select: { ...dispute, first: claim } },
        };
      },
      resolve: (c) => [
        ...c.disputesAsFirst.map(({ second, ...d }) => ({ ...d, claim: second })),
        ...c.disputesAsSecond.map(({ first, ...d }) => ({ ...d, claim: first })),
      ],
    }),
  }),
});

ClaimDispute.implement({
  description: 'A dispute seen from one of its claims: the other claim, and what conflicts.',
  fields: (t) => ({
    aspect: t.expose('aspect', { type: DisputeAspectEnum, description: 'What conflicts.' }),
    description: t.exposeString('description', {
      description: 'What conflicts, in words.',
    }),
    claim: t.field({
      type: Claim,
      description: 'The other claim.',
      resolve: (d) => d.claim as never,
    }),
  }),
});

builder.queryFields((t) => ({
  predicates: t.prismaField({
    type: ['Predicate'],
    description: 'The controlled vocabulary of claim predicates.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.predicate.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
}));
