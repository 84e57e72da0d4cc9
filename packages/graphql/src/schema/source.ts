import { builder } from '../builder.ts';
import { assertScopeWhenEmpty, inCollections } from '../collections/scope-args.ts';
import { collectionScopeArgs } from './collection.ts';
import { SourceGenreEnum } from './enums.ts';
import { PartialDate, partialDate } from './partial-date.ts';

export const NoiseRegion = builder.prismaObject('NoiseRegion', {
  select: { id: true },
  description: 'A stretch of a source that is not its story: a sidebar, comments, page furniture.',
  fields: (t) => ({
    label: t.exposeString('label', {
      description: 'What the stretch is, e.g. "page furniture: section tag".',
    }),
    start: t.exposeInt('start', { description: 'Code point offset, inclusive.' }),
    end: t.exposeInt('end', { description: 'Code point offset, exclusive.' }),
  }),
});

export const Source = builder.prismaNode('Source', {
  select: { id: true },
  id: { field: 'id' },
  description: 'A news text, kept verbatim. Evidence offsets count Unicode code points in `text`.',
  fields: (t) => ({
    collection: t.relation('collection', { description: 'The collection it belongs to.' }),
    title: t.exposeString('title', { description: 'Its headline.' }),
    publisher: t.exposeString('publisher', {
      nullable: true,
      description: 'Who published it; null when unknown.',
    }),
    publisherBasis: t.exposeString('publisherBasis', {
      nullable: true,
      description:
        'Why the publisher is believed to be who it is, where the text does not say so outright.',
    }),
    url: t.exposeString('url', {
      nullable: true,
      description: 'Where it was published (stored, never fetched); null when unknown.',
    }),
    published: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When it was published, to the precision known; null when unknown.',
      select: { publishedAt: true, publishedPrecision: true },
      resolve: (s) => partialDate(s.publishedAt, s.publishedPrecision),
    }),
    genre: t.expose('genre', { type: SourceGenreEnum, description: 'What kind of text it is.' }),
    text: t.exposeString('text', {
      description: 'The text, verbatim: evidence and noise offsets count its code points.',
    }),
    contentHash: t.exposeString('contentHash', {
      description: 'SHA-256 of the text (UTF-8), hex.',
    }),
    noise: t.relation('noise', {
      query: { orderBy: { start: 'asc' } },
      description: 'The stretches of the text that are not its story, in text order.',
    }),
    evidence: t.relatedConnection(
      'evidence',
      {
        cursor: 'id',
        totalCount: true,
        query: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
        description: 'The quotes from this source that back claims, in text order.',
      },
      { description: "A page of a source's evidence, in text order." },
      { description: 'One piece of evidence of the page, with its cursor.' },
    ),
    claims: t.prismaField({
      type: ['Claim'],
      description: 'The claims this source supports.',
      select: (_args, _ctx, nestedSelection) => ({
        evidence: {
          orderBy: [{ start: 'asc' }, { id: 'asc' }],
          select: { claim: nestedSelection(true) },
        },
      }),
      resolve: (_query, source) => uniqueById(source.evidence.map((e) => e.claim)),
    }),
    actors: t.prismaField({
      type: ['Actor'],
      description: 'The actors this source mentions: subjects, objects and speakers of its claims.',
      select: (_args, _ctx, nestedSelection) => ({
        evidence: {
          select: {
            claim: {
              select: {
                subject: nestedSelection(true),
                object: nestedSelection(true),
                speaker: nestedSelection(true),
              },
            },
          },
        },
      }),
      resolve: (_query, source) =>
        uniqueById(
          source.evidence.flatMap(({ claim }) =>
            [claim.subject, claim.object, claim.speaker].filter((a) => a !== null),
          ),
        ),
    }),
  }),
});

export function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

builder.queryFields((t) => ({
  sources: t.prismaConnection(
    {
      type: Source,
      cursor: 'id',
      description:
        'The sources of the collections the viewer may read (or of one), oldest ID first.',
      args: {
        ...collectionScopeArgs,
      },
      totalCount: async (_root, args, ctx) => {
        const count = await ctx.prisma.source.count({ where: inCollections(ctx, args.collection) });
        await assertScopeWhenEmpty(ctx, args.collection, count);
        return count;
      },
      resolve: async (query, _root, args, ctx) => {
        const sources = await ctx.prisma.source.findMany({
          ...query,
          where: inCollections(ctx, args.collection),
          orderBy: { id: 'asc' },
        });
        await assertScopeWhenEmpty(ctx, args.collection, sources.length);
        return sources;
      },
    },
    { description: 'A page of sources.' },
    { description: 'One source of the page, with its cursor.' },
  ),
}));
