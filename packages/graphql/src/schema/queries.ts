import { normalizeName } from '@attest/knowledge';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { cursorToOffset, resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { findClaimPage } from '../claims/find-claims.ts';
import { badInput } from '../errors.ts';
import { Actor } from './actor.ts';
import { Claim } from './claim.ts';
import { ActorKindEnum } from './enums.ts';
import { assertExist } from './exists.ts';
import { offsetPaging } from './pagination.ts';
import { Source } from './source.ts';

/** A search must hold at least one letter or digit. */
function searchText(search: string | null | undefined): string | null {
  if (search === null || search === undefined) return null;
  if (normalizeName(search) === '') throw badInput('The search is empty: type at least one word.');
  return search;
}

builder.queryFields((t) => ({
  sources: t.prismaConnection({
    type: Source,
    cursor: 'id',
    totalCount: (_root, _args, ctx) => ctx.prisma.source.count(),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.source.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),

  actors: t.prismaConnection({
    type: Actor,
    cursor: 'id',
    args: {
      kind: t.arg({ type: ActorKindEnum, required: false }),
      search: t.arg.string({
        required: false,
        description: 'Part of a name or alias; case and accents do not matter.',
      }),
    },
    totalCount: (_root, args, ctx) => ctx.prisma.actor.count({ where: actorWhere(args) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.actor.findMany({ ...query, where: actorWhere(args), orderBy: { id: 'asc' } }),
  }),

  predicates: t.prismaField({
    type: ['Predicate'],
    description: 'The controlled vocabulary of claim predicates.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.predicate.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),

  disputes: t.prismaField({
    type: ['Dispute'],
    description: 'Every recorded conflict between claims.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.dispute.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),

  claims: t.connection(
    {
      type: Claim,
      description:
        'Claims, filtered; with `search`, ranked by relevance to what was typed (a keyword or a whole question).',
      args: {
        search: t.arg.string({
          required: false,
          description: 'Words or a question: "Who blocked the Tokyo office?"',
        }),
        subject: t.arg.globalID({ for: Actor, required: false }),
        object: t.arg.globalID({ for: Actor, required: false }),
        speaker: t.arg.globalID({ for: Actor, required: false }),
        predicate: t.arg.string({
          required: false,
          description: 'A predicate key, e.g. "member_of".',
        }),
        source: t.arg.globalID({ for: Source, required: false }),
        disputed: t.arg.boolean({ required: false }),
      },
      resolve: async (_root, args, ctx, info) => {
        const search = searchText(args.search);
        assertOffsetCursor(args.after);
        assertOffsetCursor(args.before);
        const actorIds = [args.subject?.id, args.object?.id, args.speaker?.id].filter(
          (id) => id !== undefined,
        );
        await assertExist(ctx.prisma, {
          actorIds,
          sourceIds: args.source ? [args.source.id] : undefined,
          predicateIds: args.predicate ? [args.predicate] : undefined,
        });
        let totalCount = 0;
        const connection = await resolveOffsetConnection(
          { args, ...offsetPaging },
          async ({ offset, limit }) => {
            const page = await findClaimPage(ctx.prisma, {
              filters: {
                subjectId: args.subject?.id,
                objectId: args.object?.id,
                speakerId: args.speaker?.id,
                predicateId: args.predicate,
                sourceId: args.source?.id,
                disputed: args.disputed,
              },
              search,
              offset,
              limit,
            });
            totalCount = page.totalCount;
            const query = queryFromInfo({ context: ctx, info, path: ['edges', 'node'] });
            const rows = await ctx.prisma.claim.findMany({
              ...query,
              where: { id: { in: page.ids } },
            });
            const byId = new Map(rows.map((r) => [r.id, r]));
            return page.ids.flatMap((id) => byId.get(id) ?? []);
          },
        );
        return { ...connection, totalCount };
      },
    },
    {
      fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount }) }),
    },
  ),
}));

function assertOffsetCursor(cursor: string | null | undefined) {
  if (cursor === null || cursor === undefined) return;
  try {
    cursorToOffset(cursor);
  } catch {
    throw badInput(
      `The cursor "${cursor}" is not one this list gave out: use a pageInfo or edge cursor.`,
    );
  }
}

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
