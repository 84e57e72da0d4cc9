import { queryFromInfo } from '@pothos/plugin-prisma';
import { cursorToOffset, resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { findClaimPage } from '../claims/find-claims.ts';
import { collectionScope } from '../collections/access.ts';
import { COLLECTION_ARG } from '../collections/scope-args.ts';
import { badInput } from '../errors.ts';
import { Actor } from './actor.ts';
import { Claim } from './claim.ts';
import { Collection } from './collection.ts';
import { assertExist } from './exists.ts';
import { offsetPaging } from './pagination.ts';
import { searchText } from './search-text.ts';
import { Source } from './source.ts';

builder.queryFields((t) => ({
  claims: t.connection(
    {
      type: Claim,
      description:
        'Claims, filtered; with `search`, ranked by relevance to what was typed (a keyword or a whole question).',
      args: {
        collection: t.arg.globalID({
          for: Collection,
          required: false,
          description: COLLECTION_ARG,
        }),
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
        const collectionIds = await collectionScope(ctx, args.collection?.id);
        await assertExist(ctx.prisma, {
          collectionIds,
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
                collectionIds,
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
