import { AttestError } from '@attest/errors';
import { builder } from '../builder.ts';
import { editableBy } from '../collections/access.ts';

import { Collection } from './collection.ts';

export const CollectionChange = builder.prismaNode('CollectionChange', {
  id: { field: 'id' },
  description:
    "One change to a collection's knowledge: who made it, when, and the thing as it was before and after.",
  fields: (t) => ({
    action: t.exposeString('action', { description: 'CREATE, UPDATE, DELETE or MERGE.' }),
    entity: t.exposeString('entity', { description: 'Actor, Claim or Source.' }),
    entityKey: t.exposeString('entityId', {
      description: 'The key of what changed (it may since have been removed).',
    }),
    summary: t.exposeString('summary', { description: 'The change in one line of words.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When it was made.' }),
    by: t.string({
      nullable: true,
      description: 'Who made it (null once their account is gone).',
      select: { user: { select: { name: true } } },
      resolve: (c) => c.user?.name ?? null,
    }),
    before: t.string({
      nullable: true,
      description: 'The thing before the change, as JSON.',
      select: { before: true },
      resolve: (c) => (c.before === null ? null : JSON.stringify(c.before)),
    }),
    after: t.string({
      nullable: true,
      description: 'The thing after the change, as JSON.',
      select: { after: true },
      resolve: (c) => (c.after === null ? null : JSON.stringify(c.after)),
    }),
    revertedAt: t.expose('revertedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was reverted; null if it stands.',
    }),
    revertOf: t.exposeID('revertOfId', {
      nullable: true,
      description: 'The change this one reverted, when it is a revert.',
    }),
  }),
});

builder.prismaObjectField(Collection, 'history', (t) =>
  t.relatedConnection(
    'changes',
    {
      cursor: 'id',
      totalCount: true,
      description:
        "Every change to the collection's knowledge, newest first (its owner and curators; FORBIDDEN to anyone else).",
      query: { orderBy: [{ at: 'desc' }, { id: 'desc' }] },
      authScopes: async (collection, _args, ctx) =>
        ctx.viewer !== null &&
        (await ctx.prisma.collection.count({
          where: { id: collection.id, ...editableBy(ctx.viewer) },
        })) > 0,
      unauthorizedError: () =>
        new AttestError('FORBIDDEN', "Only a collection's owner and curators read its history."),
    },
    { description: "A page of a collection's changes, newest first." },
    { description: 'One change of the page, with its cursor.' },
  ),
);
