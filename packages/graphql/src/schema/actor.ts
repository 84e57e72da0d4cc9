import type { RelationType } from '@attest/db';
import { normalizeName } from '@attest/knowledge';
import { builder } from '../builder.ts';
import { assertScopeWhenEmpty, inCollections } from '../collections/scope-args.ts';
import { collectionScopeArgs } from './collection.ts';
import { ActorKindEnum, AliasKindEnum, RelationTypeEnum } from './enums.ts';
import { PartialDate, partialDate } from './partial-date.ts';
import { searchText } from './search-text.ts';
import { uniqueById } from './source.ts';

export const ActorAlias = builder.prismaObject('ActorAlias', {
  select: { id: true },
  description: 'Another name for an actor, and what kind of name it is.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The alias.' }),
    kind: t.expose('kind', { type: AliasKindEnum, description: 'What kind of name it is.' }),
  }),
});

export const ActorRelation = builder.prismaNode('ActorRelation', {
  select: { id: true },
  id: { field: 'id' },
  description: 'A structural link between two actors, with the claim that states it when one does.',
  fields: (t) => ({
    type: t.expose('type', {
      type: RelationTypeEnum,
      description: 'How the subject stands to the object.',
    }),
    subject: t.relation('subject', { description: 'The actor the relation is from.' }),
    object: t.relation('object', { description: 'The actor the relation is to.' }),
    start: t.field({
      type: PartialDate,
      nullable: true,
      description: 'Since when it holds; null when unknown.',
      select: { startAt: true, startPrecision: true },
      resolve: (r) => partialDate(r.startAt, r.startPrecision),
    }),
    end: t.field({
      type: PartialDate,
      nullable: true,
      description: 'Until when it held; null while it holds or when unknown.',
      select: { endAt: true, endPrecision: true },
      resolve: (r) => partialDate(r.endAt, r.endPrecision),
    }),
    claim: t.relation('claim', {
      nullable: true,
      description: 'The claim that states it; null when none does.',
    }),
  }),
});

const outgoing = (types: RelationType[]) => ({
  where: { type: { in: types } },
  orderBy: { objectId: 'asc' as const },
});

export const Actor = builder.prismaNode('Actor', {
  select: { id: true },
  id: { field: 'id' },
  description:
    'A person, country, government, organization, alliance, place, outlet, event, initiative or document.',
  fields: (t) => ({
    collection: t.relation('collection', { description: 'The collection it belongs to.' }),
    name: t.exposeString('name', { description: 'Its usual name.' }),
    kind: t.expose('kind', { type: ActorKindEnum, description: 'What kind of actor it is.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'A short role, e.g. "Swedish Foreign Minister".',
    }),
    aliases: t.relation('aliases', {
      query: { orderBy: { name: 'asc' } },
      description: 'Its other names, alphabetically.',
    }),
    relations: t.relation('relations', {
      description: 'Every relation from this actor.',
      query: { orderBy: { objectId: 'asc' } },
    }),
    memberOf: t.relation('relations', {
      description: 'Groups and alliances this actor belongs to.',
      query: outgoing(['MEMBER_OF']),
    }),
    members: t.relation('relatedFrom', {
      description: 'Members of this group or alliance.',
      query: { where: { type: 'MEMBER_OF' }, orderBy: { subjectId: 'asc' } },
    }),
    affiliations: t.relation('relations', {
      description: 'Where this actor works or what office it holds.',
      query: outgoing(['AFFILIATED_WITH', 'HOLDS_POSITION']),
    }),
    claimsAsSubject: t.relatedConnection(
      'claimsAsSubject',
      {
        cursor: 'id',
        description: 'Claims about this actor (it is their subject).',
        totalCount: true,
        query: { orderBy: { id: 'asc' } },
      },
      { description: 'A page of claims about an actor.' },
      { description: 'One claim of the page, with its cursor.' },
    ),
    claimsAsObject: t.relatedConnection(
      'claimsAsObject',
      {
        cursor: 'id',
        description: 'Claims that point at this actor (it is their object).',
        totalCount: true,
        query: { orderBy: { id: 'asc' } },
      },
      { description: 'A page of claims pointing at an actor.' },
      { description: 'One claim of the page, with its cursor.' },
    ),
    quotes: t.relatedConnection(
      'quotes',
      {
        cursor: 'id',
        totalCount: true,
        description: "Claims whose words or view are this actor's (quotes, opinions, denials).",
        query: { orderBy: { id: 'asc' } },
      },
      { description: "A page of claims in an actor's words or view." },
      { description: 'One claim of the page, with its cursor.' },
    ),
    sources: t.prismaField({
      type: ['Source'],
      description: 'The sources that mention this actor in a claim.',
      select: (_args, _ctx, nestedSelection) => {
        const viaClaims = { select: { evidence: { select: { source: nestedSelection(true) } } } };
        return { claimsAsSubject: viaClaims, claimsAsObject: viaClaims, quotes: viaClaims };
      },
      resolve: (_query, actor) =>
        uniqueById(
          [...actor.claimsAsSubject, ...actor.claimsAsObject, ...actor.quotes].flatMap((c) =>
            c.evidence.map((e) => e.source),
          ),
        ),
    }),
  }),
});

builder.queryFields((t) => ({
  actors: t.prismaConnection(
    {
      type: Actor,
      cursor: 'id',
      description:
        'The actors of the collections the viewer may read (or of one), oldest ID first, optionally filtered.',
      args: {
        ...collectionScopeArgs,
        kind: t.arg({
          type: ActorKindEnum,
          required: false,
          description: 'Only actors of this kind.',
        }),
        search: t.arg.string({
          required: false,
          description:
            'Part of a name or alias; case and accents do not matter. Up to 300 characters; one with no letter or digit is BAD_USER_INPUT.',
        }),
      },
      totalCount: async (_root, args, ctx) => {
        const count = await ctx.prisma.actor.count({
          where: { ...actorWhere(args), ...inCollections(ctx, args.collection) },
        });
        await assertScopeWhenEmpty(ctx, args.collection, count);
        return count;
      },
      resolve: async (query, _root, args, ctx) => {
        const actors = await ctx.prisma.actor.findMany({
          ...query,
          where: { ...actorWhere(args), ...inCollections(ctx, args.collection) },
          orderBy: { id: 'asc' },
        });
        await assertScopeWhenEmpty(ctx, args.collection, actors.length);
        return actors;
      },
    },
    { description: 'A page of actors.' },
    { description: 'One actor of the page, with its cursor.' },
  ),
}));

function actorWhere({ kind, search }: { kind?: string | null; search?: string | null }) {
  const text = searchText(search);
  return {
    ...(kind ? { kind: kind as never } : {}),
    ...(text
      ? {
          OR: [
            { name: { contains: text, mode: 'insensitive' as const } },
            { aliases: { some: { normalized: { contains: normalizeName(text) } } } },
          ],
        }
      : {}),
  };
}
