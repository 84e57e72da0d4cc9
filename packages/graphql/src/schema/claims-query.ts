import { hitsToRank } from '@attest/db';
import { AttestError } from '@attest/errors';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { cursorToOffset, resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { claimsInOrder } from '../claims/claims-in-order.ts';
import { claimWhere, findClaimPage } from '../claims/find-claims.ts';
import { collectionScope } from '../collections/access.ts';
import { assertScopeWhenEmpty, inCollections } from '../collections/scope-args.ts';
import { selectsField } from '../selects-field.ts';

import { Actor } from './actor.ts';
import { Claim } from './claim.ts';
import { collectionScopeArgs } from './collection.ts';
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
        ...collectionScopeArgs,
        search: t.arg.string({
          required: false,
          description:
            'Words or a question: "Who blocked the Tokyo office?" Up to 300 characters; one with no letter or digit is BAD_USER_INPUT.',
        }),
        subject: t.arg.globalID({
          for: Actor,
          required: false,
          description: 'Only claims about this actor (NOT_FOUND when unknown).',
        }),
        object: t.arg.globalID({
          for: Actor,
          required: false,
          description: 'Only claims pointing at this actor (NOT_FOUND when unknown).',
        }),
        speaker: t.arg.globalID({
          for: Actor,
          required: false,
          description: "Only claims in this actor's words or view (NOT_FOUND when unknown).",
        }),
        predicate: t.arg.string({
          required: false,
          description:
            'Only claims with this predicate key, e.g. "member_of" (NOT_FOUND when unknown).',
        }),
        source: t.arg.globalID({
          for: Source,
          required: false,
          description: 'Only claims this source backs (NOT_FOUND when unknown).',
        }),
        disputed: t.arg.boolean({
          required: false,
          description: 'true: only claims in a dispute; false: only claims in none.',
        }),
      },
      resolve: async (_root, args, ctx, info) => {
        const search = searchText(args.search);
        assertOffsetCursor(args.after);
        assertOffsetCursor(args.before);
        const actorIds = [args.subject?.id, args.object?.id, args.speaker?.id].filter(
          (id) => id !== undefined,
        );
        const filters = {
          subjectId: args.subject?.id,
          objectId: args.object?.id,
          speakerId: args.speaker?.id,
          predicateId: args.predicate,
          sourceId: args.source?.id,
          disputed: args.disputed,
        };
        const named = actorIds.length > 0 || args.source || args.predicate;
        // The search SQL and the checks that named things exist take the readable collections
        // as IDs; a plain list carries the access rule in its own statement instead.
        const collectionIds =
          search !== null || named ? await collectionScope(ctx, args.collection?.id) : undefined;
        if (named && collectionIds) {
          await assertExist(ctx.prisma, {
            collectionIds,
            actorIds,
            sourceIds: args.source ? [args.source.id] : undefined,
            predicateIds: args.predicate ? [args.predicate] : undefined,
          });
        }
        const select = () => queryFromInfo({ context: ctx, info, path: ['edges', 'node'] });
        let totalCount: () => Promise<number> = () => Promise.resolve(0);
        const connection = await resolveOffsetConnection(
          { args, ...offsetPaging },
          async ({ offset, limit }) => {
            if (search !== null) {
              // Without totalCount, a page near the top needs only itself ranked (and one more,
              // whose presence says whether a next page exists).
              const page = await findClaimPage(ctx.prisma, {
                filters: { ...filters, collectionIds },
                search,
                offset,
                limit,
                searchLimit: selectsField(info, 'totalCount')
                  ? undefined
                  : hitsToRank({ offset, shown: limit - 1, probe: 1 }),
              });
              totalCount = () => Promise.resolve(page.totalCount);
              return claimsInOrder(ctx, select(), page.ids);
            }
            const where = {
              ...claimWhere(filters),
              ...(collectionIds
                ? { collectionId: { in: collectionIds } }
                : inCollections(ctx, args.collection)),
            };
            // One statement: the page with everything beneath it (see packages/graphql/README.md).
            const rows = await ctx.prisma.claim.findMany({
              ...select(),
              where,
              orderBy: { id: 'asc' },
              skip: offset,
              take: limit,
            });
            if (!collectionIds) await assertScopeWhenEmpty(ctx, args.collection, rows.length);
            // Counted only when the client asks for totalCount.
            totalCount = () => ctx.prisma.claim.count({ where });
            return rows;
          },
        );
        return { ...connection, totalCount: once(totalCount) };
      },
    },
    {
      description: 'A page of claims, in relevance order with `search`, else oldest ID first.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many claims match in all, across every page.',
          resolve: (connection) => connection.totalCount(),
        }),
      }),
    },
    { description: 'One claim of the page, with its cursor.' },
  ),
}));

function assertOffsetCursor(cursor: string | null | undefined) {
  if (cursor === null || cursor === undefined) return;
  try {
    cursorToOffset(cursor);
  } catch {
    throw new AttestError(
      'BAD_USER_INPUT',
      `The cursor "${cursor}" is not one this list gave out: use a pageInfo or edge cursor.`,
    );
  }
}

/** A function that runs `load` the first time it is called and answers every call with that. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= load();
    return result;
  };
}
