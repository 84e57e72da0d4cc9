import { builder } from '../builder.ts';
import { DisputeAspectEnum } from './enums.ts';

export const Dispute = builder.prismaNode('Dispute', {
  id: { field: 'id' },
  description: 'Two claims that cannot both be right as stated, or one superseding the other.',
  fields: (t) => ({
    aspect: t.expose('aspect', { type: DisputeAspectEnum }),
    description: t.exposeString('description'),
    first: t.relation('first'),
    second: t.relation('second'),
  }),
});

builder.queryFields((t) => ({
  disputes: t.prismaField({
    type: ['Dispute'],
    description: 'Every recorded conflict between claims.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.dispute.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
}));
