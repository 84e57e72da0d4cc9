import { AttestError } from '@attest/errors';
import {
  assertExtractable,
  type DraftActor,
  type DraftClaim,
  type DraftQuote,
  type Extraction,
  ExtractionInputError,
  extract,
  type Span,
  type Suggestion,
} from '@attest/ingest';
import { builder } from '../builder.ts';
import { claimsById } from '../claims/claims-by-id.ts';
import { quizCollection } from '../collections/access.ts';

import { currentKnowledgeBase } from '../quiz/knowledge-cache.ts';
import { Collection } from './collection.ts';
import { ActorKindEnum, DisputeAspectEnum, ModalityEnum } from './enums.ts';
import { Passage, type PassageValue } from './passage.ts';

const MAX_TITLE_LENGTH = 1000;
const required = { nullable: false } as const;

/** The extraction with its actors by key, so quotes and claims can point at them. */
type Result = Extraction & { title: string | null; byKey: Map<string, DraftActor> };
type InResult<T> = T & { result: Result };
const inResult = <T>(result: Result, items: T[]): InResult<T>[] =>
  items.map((item) => ({ ...item, result }));
const actorIn = (result: Result, key: string | null) =>
  key === null ? null : (result.byKey.get(key) ?? null);

const TextSpan = builder.objectRef<Span>('TextSpan').implement({
  description: 'A stretch of the text: code point offsets, end exclusive; `text` is that slice.',
  fields: (t) => ({
    start: t.exposeInt('start', { ...required, description: 'Code point offset, inclusive.' }),
    end: t.exposeInt('end', { ...required, description: 'Code point offset, exclusive.' }),
    text: t.exposeString('text', { ...required, description: 'The slice of the text.' }),
  }),
});

const LinkViaEnum = builder.enumType('ExtractionLinkVia', {
  description: 'How a mention was tied to a known actor.',
  values: {
    NAME: { value: 'name', description: 'Its name, as the actor is named.' },
    ALIAS: { value: 'alias', description: 'One of its aliases.' },
    TITLE_STRIPPED: { value: 'title-stripped', description: '"French President Emmanuel Macron"' },
    SURNAME: { value: 'surname', description: 'A person\'s surname alone ("Macron").' },
    DEMONYM: { value: 'demonym', description: '"French" for France' },
    CAPITAL: { value: 'capital', description: '"Beijing" acting for China' },
    COUNTRY_NAME: {
      value: 'country-name',
      description: "A name from the extractor's built-in list of countries.",
    },
  } as const,
});

const DraftActorRef = builder.objectRef<DraftActor>('DraftActor').implement({
  description:
    'An actor the text names: linked to a known actor when it is the same one, otherwise proposed as new.',
  fields: (t) => ({
    key: t.exposeID('key', { ...required, description: 'Local to this extraction.' }),
    name: t.exposeString('name', { ...required, description: 'Its name as the text gives it.' }),
    kind: t.expose('kind', {
      ...required,
      type: ActorKindEnum,
      description: 'What kind of actor.',
    }),
    confidence: t.exposeFloat('confidence', {
      ...required,
      description: '0–1: how sure the extraction is that this is an actor of this kind.',
    }),
    mentions: t.expose('mentions', {
      ...required,
      type: [TextSpan],
      description: 'Where the text names it.',
    }),
    match: t.prismaField({
      type: 'Actor',
      nullable: true,
      description: 'The known actor this is; null for a proposed new one.',
      resolve: (query, a, _args, ctx) =>
        a.match ? ctx.prisma.actor.findUnique({ ...query, where: { id: a.match.id } }) : null,
    }),
    matchedBy: t.field({
      type: LinkViaEnum,
      nullable: true,
      description: 'How it was tied to the known actor; null for a proposed new one.',
      resolve: (a) => a.match?.via ?? null,
    }),
    matchConfidence: t.float({
      nullable: true,
      description: '0–1: how sure the link to the known actor is; null for a proposed new one.',
      resolve: (a) => a.match?.confidence ?? null,
    }),
  }),
});

const DraftQuoteRef = builder.objectRef<InResult<DraftQuote>>('DraftQuote').implement({
  description: 'A direct quote: the quoted words (without quote marks) at their offsets.',
  fields: (t) => ({
    text: t.exposeString('text', { ...required, description: 'The quoted words.' }),
    start: t.exposeInt('start', { ...required, description: 'Code point offset, inclusive.' }),
    end: t.exposeInt('end', { ...required, description: 'Code point offset, exclusive.' }),
    speaker: t.field({
      type: DraftActorRef,
      nullable: true,
      description: 'Who said it; null when the text does not say.',
      resolve: (q) => actorIn(q.result, q.speakerKey),
    }),
    attribution: t.field({
      type: TextSpan,
      nullable: true,
      description: 'The words that attribute it ("Beebe argued").',
      resolve: (q) => q.attribution,
    }),
    confidence: t.exposeFloat('confidence', {
      ...required,
      description: '0–1: how sure the extraction is of the quote and its speaker.',
    }),
  }),
});

const DraftEvidence = builder.objectRef<PassageValue>('DraftEvidence').implement({
  description: 'Verbatim: the text’s code points `start` to `end`.',
  interfaces: [Passage],
});

const DraftClaimRef = builder.objectRef<InResult<DraftClaim>>('DraftClaim').implement({
  description: 'A claim in the controlled vocabulary, with the evidence it rests on.',
  fields: (t) => ({
    key: t.exposeID('key', { ...required, description: 'Local to this extraction.' }),
    statement: t.exposeString('statement', {
      ...required,
      description: 'The claim as one plain sentence.',
    }),
    subject: t.field({
      ...required,
      type: DraftActorRef,
      description: 'Who or what it is about.',
      resolve: (c) => actorIn(c.result, c.subjectKey) as DraftActor,
    }),
    predicate: t.exposeString('predicateId', {
      ...required,
      description: 'A predicate key, e.g. "leads".',
    }),
    object: t.field({
      type: DraftActorRef,
      nullable: true,
      description: 'The actor it points at; null when its object is a value.',
      resolve: (c) => actorIn(c.result, c.objectKey),
    }),
    value: t.string({
      nullable: true,
      description: 'The object as words when it is no actor (a quote, a title, a phrase to link).',
      resolve: (c) =>
        c.value === null
          ? null
          : c.value.kind === 'text'
            ? c.value.text
            : c.value.kind === 'number'
              ? String(c.value.number)
              : c.value.date.value,
    }),
    modality: t.expose('modality', {
      ...required,
      type: ModalityEnum,
      description: 'How it is put.',
    }),
    speaker: t.field({
      type: DraftActorRef,
      nullable: true,
      description: 'Whose words or view it is; null for plain fact.',
      resolve: (c) => actorIn(c.result, c.speakerKey),
    }),
    evidence: t.field({
      ...required,
      type: DraftEvidence,
      description: 'The passage it rests on.',
      resolve: ({ evidence: { text, start, end } }) => ({ quote: text, start, end }),
    }),
    confidence: t.exposeFloat('confidence', {
      ...required,
      description: '0–1: how sure the extraction is of the claim.',
    }),
  }),
});

const SuggestionKindEnum = builder.enumType('SuggestionKind', {
  description: 'How a draft claim relates to a known one.',
  values: {
    CORROBORATES: { description: 'It says the same: its passage could back the known claim.' },
    POSSIBLE_DISPUTE: { description: 'It says something different: the two may conflict.' },
  } as const,
});

const SuggestionRef = builder.objectRef<InResult<Suggestion>>('ExtractionSuggestion').implement({
  description: 'How a draft claim relates to a known claim with the same subject and predicate.',
  fields: (t) => ({
    kind: t.expose('kind', {
      ...required,
      type: SuggestionKindEnum,
      description: 'How they relate.',
    }),
    claim: t.field({
      ...required,
      type: DraftClaimRef,
      description: 'The draft claim.',
      resolve: (s) => {
        const claim = s.result.claims.find((c) => c.key === s.claimKey) as DraftClaim;
        return { ...claim, result: s.result };
      },
    }),
    knownClaim: t.prismaField({
      type: 'Claim',
      nullable: true,
      description: 'The known claim; null if it is no longer there.',
      resolve: async (query, s, _args, ctx) =>
        (await claimsById(ctx, query, [s.knownClaimId]))[0] ?? null,
    }),
    aspect: t.expose('aspect', {
      type: DisputeAspectEnum,
      nullable: true,
      description: 'For a possible dispute, what differs; null otherwise.',
    }),
    reason: t.exposeString('reason', { ...required, description: 'Why, in words.' }),
  }),
});

const ExtractionRef = builder.objectRef<Result>('Extraction').implement({
  description: 'Drafts extracted from a text: nothing is stored.',
  fields: (t) => ({
    title: t.exposeString('title', {
      nullable: true,
      description: 'The title given; null if none.',
    }),
    actors: t.expose('actors', {
      ...required,
      type: [DraftActorRef],
      description: 'The actors the text names.',
    }),
    quotes: t.field({
      ...required,
      type: [DraftQuoteRef],
      description: 'The direct quotes in the text.',
      resolve: (r) => inResult(r, r.quotes),
    }),
    claims: t.field({
      ...required,
      type: [DraftClaimRef],
      description: 'The claims drafted from the text.',
      resolve: (r) => inResult(r, r.claims),
    }),
    suggestions: t.field({
      ...required,
      type: [SuggestionRef],
      description: 'How draft claims relate to known claims (corroborations, possible disputes).',
      resolve: (r) => inResult(r, r.suggestions),
    }),
  }),
});

builder.queryFields((t) => ({
  extractDrafts: t.field({
    ...required,
    type: ExtractionRef,
    description:
      'A dry run of bringing in an article: the actors, direct quotes and claims it holds, linked to the knowledge base, with offsets in code points. Writes nothing. Errors: BAD_USER_INPUT (empty text, over 200,000 characters, a title over 1,000); NOT_FOUND (a collection the viewer may not read).',
    args: {
      text: t.arg.string({
        required: true,
        description: 'The article, as plain text: up to 200,000 characters.',
      }),
      title: t.arg.string({
        description: 'Its headline, kept with the drafts: up to 1,000 characters.',
      }),
      collection: t.arg.globalID({
        for: Collection,
        description:
          'The collection whose actors and claims the drafts are linked to; the curated corpus when not given.',
      }),
    },
    resolve: async (_root, { text, title, collection }, ctx) => {
      try {
        assertExtractable(text);
      } catch (error) {
        if (error instanceof ExtractionInputError)
          throw new AttestError('BAD_USER_INPUT', error.message);
        throw error;
      }
      if (title && title.length > MAX_TITLE_LENGTH)
        throw new AttestError(
          'BAD_USER_INPUT',
          `The title is ${title.length} characters; the limit is ${MAX_TITLE_LENGTH}.`,
        );
      const kb = await currentKnowledgeBase(ctx.prisma, await quizCollection(ctx, collection?.id));
      const result = extract(text, {
        actors: kb.actors,
        predicates: kb.predicates,
        claims: kb.claims,
      });
      return {
        ...result,
        title: title ?? null,
        byKey: new Map(result.actors.map((a) => [a.key, a])),
      };
    },
  }),
}));
