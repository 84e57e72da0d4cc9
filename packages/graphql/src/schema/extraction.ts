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
import { badInput } from '../errors.ts';
import { currentKnowledgeBase } from '../quiz/knowledge-cache.ts';
import { Collection } from './collection.ts';
import { ActorKindEnum, DisputeAspectEnum, ModalityEnum } from './enums.ts';

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
    start: t.exposeInt('start', required),
    end: t.exposeInt('end', required),
    text: t.exposeString('text', required),
  }),
});

const LinkViaEnum = builder.enumType('ExtractionLinkVia', {
  description: 'How a mention was tied to a known actor.',
  values: {
    NAME: { value: 'name' },
    ALIAS: { value: 'alias' },
    TITLE_STRIPPED: { value: 'title-stripped', description: '"French President Emmanuel Macron"' },
    SURNAME: { value: 'surname' },
    DEMONYM: { value: 'demonym', description: '"French" for France' },
    CAPITAL: { value: 'capital', description: '"Beijing" acting for China' },
    COUNTRY_NAME: { value: 'country-name' },
  } as const,
});

const DraftActorRef = builder.objectRef<DraftActor>('DraftActor').implement({
  description:
    'An actor the text names: linked to a known actor when it is the same one, otherwise proposed as new.',
  fields: (t) => ({
    key: t.exposeID('key', { ...required, description: 'Local to this extraction.' }),
    name: t.exposeString('name', required),
    kind: t.expose('kind', { ...required, type: ActorKindEnum }),
    confidence: t.exposeFloat('confidence', { ...required, description: '0–1.' }),
    mentions: t.expose('mentions', { ...required, type: [TextSpan] }),
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
      resolve: (a) => a.match?.via ?? null,
    }),
    matchConfidence: t.float({ nullable: true, resolve: (a) => a.match?.confidence ?? null }),
  }),
});

const DraftQuoteRef = builder.objectRef<InResult<DraftQuote>>('DraftQuote').implement({
  description: 'A direct quote: the quoted words (without quote marks) at their offsets.',
  fields: (t) => ({
    text: t.exposeString('text', required),
    start: t.exposeInt('start', required),
    end: t.exposeInt('end', required),
    speaker: t.field({
      type: DraftActorRef,
      nullable: true,
      resolve: (q) => actorIn(q.result, q.speakerKey),
    }),
    attribution: t.field({
      type: TextSpan,
      nullable: true,
      description: 'The words that attribute it ("Beebe argued").',
      resolve: (q) => q.attribution,
    }),
    confidence: t.exposeFloat('confidence', required),
  }),
});

const DraftEvidence = builder.objectRef<Span>('DraftEvidence').implement({
  description: 'Verbatim: the text’s code points `start` to `end`.',
  fields: (t) => ({
    quote: t.exposeString('text', required),
    start: t.exposeInt('start', required),
    end: t.exposeInt('end', required),
  }),
});

const DraftClaimRef = builder.objectRef<InResult<DraftClaim>>('DraftClaim').implement({
  description: 'A claim in the controlled vocabulary, with the evidence it rests on.',
  fields: (t) => ({
    key: t.exposeID('key', required),
    statement: t.exposeString('statement', required),
    subject: t.field({
      ...required,
      type: DraftActorRef,
      resolve: (c) => actorIn(c.result, c.subjectKey) as DraftActor,
    }),
    predicate: t.exposeString('predicateId', {
      ...required,
      description: 'A predicate key, e.g. "leads".',
    }),
    object: t.field({
      type: DraftActorRef,
      nullable: true,
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
    modality: t.expose('modality', { ...required, type: ModalityEnum }),
    speaker: t.field({
      type: DraftActorRef,
      nullable: true,
      resolve: (c) => actorIn(c.result, c.speakerKey),
    }),
    evidence: t.expose('evidence', { ...required, type: DraftEvidence }),
    confidence: t.exposeFloat('confidence', required),
  }),
});

const SuggestionKindEnum = builder.enumType('SuggestionKind', {
  values: ['CORROBORATES', 'POSSIBLE_DISPUTE'] as const,
});

const SuggestionRef = builder.objectRef<InResult<Suggestion>>('ExtractionSuggestion').implement({
  description: 'How a draft claim relates to a known claim with the same subject and predicate.',
  fields: (t) => ({
    kind: t.expose('kind', { ...required, type: SuggestionKindEnum }),
    claim: t.field({
      ...required,
      type: DraftClaimRef,
      resolve: (s) => {
        const claim = s.result.claims.find((c) => c.key === s.claimKey) as DraftClaim;
        return { ...claim, result: s.result };
      },
    }),
    knownClaim: t.prismaField({
      type: 'Claim',
      nullable: true,
      resolve: async (query, s, _args, ctx) =>
        (await claimsById(ctx, query, [s.knownClaimId]))[0] ?? null,
    }),
    aspect: t.expose('aspect', { type: DisputeAspectEnum, nullable: true }),
    reason: t.exposeString('reason', required),
  }),
});

const ExtractionRef = builder.objectRef<Result>('Extraction').implement({
  description: 'Drafts extracted from a text: nothing is stored.',
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    actors: t.expose('actors', { ...required, type: [DraftActorRef] }),
    quotes: t.field({ ...required, type: [DraftQuoteRef], resolve: (r) => inResult(r, r.quotes) }),
    claims: t.field({ ...required, type: [DraftClaimRef], resolve: (r) => inResult(r, r.claims) }),
    suggestions: t.field({
      ...required,
      type: [SuggestionRef],
      resolve: (r) => inResult(r, r.suggestions),
    }),
  }),
});

builder.queryFields((t) => ({
  extractDrafts: t.field({
    ...required,
    type: ExtractionRef,
    description:
      'A dry run of bringing in an article: the actors, direct quotes and claims it holds, linked to the knowledge base, with offsets in code points. Writes nothing.',
    args: {
      text: t.arg.string({ required: true, description: 'The article, as plain text.' }),
      title: t.arg.string({ description: 'Its headline, kept with the drafts.' }),
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
        if (error instanceof ExtractionInputError) throw badInput(error.message);
        throw error;
      }
      if (title && title.length > MAX_TITLE_LENGTH)
        throw badInput(
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
