import { builder } from '../builder.ts';
import { assertScopeWhenEmpty, inCollections } from '../collections/scope-args.ts';
import { collectionScopeArgs } from './collection.ts';
import { DisputeAspectEnum } from './enums.ts';

export const Dispute = builder.prismaNode('Dispute', {
  select: { id: true },
  id: { field: 'id' },
  description: 'Two claims that cannot both be right as stated, or one superseding the other.',
  fields: (t) => ({
    aspect: t.expose('aspect', { type: DisputeAspectEnum, description: 'What conflicts.' }),
    description: t.exposeString('description', {
      description: 'What conflicts, in words.',
    }),
    first: t.relation('first', { description: 'One claim.' }),
    second: t.relation('second', { description: 'The other claim.' }),
  }),
});

builder.queryFields((t) => ({
  disputes: t.prismaField({
    type: ['Dispute'],
    description: 'Every recorded conflict between claims (of one collection, or all readable).',
    args: {
      ...collectionScopeArgs,
    },
    resolve: async (query, _root, args, ctx) => {
      const disputes = await ctx.prisma.dispute.findMany({
        ...query,
        where: { first: inCollections(ctx, args.collection) },
        orderBy: { id: 'asc' },
      });
      await assertScopeWhenEmpty(ctx, args.collection, disputes.length);
      return disputes;
    },
  }),
}));
