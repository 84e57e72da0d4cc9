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
