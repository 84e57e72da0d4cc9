import type PrismaTypes from '@attest/db/pothos-types';
import { getDatamodel } from '@attest/db/pothos-types';
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type { Context } from './context.ts';
import { decodeGlobalID } from './global-id.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  AuthScopes: {
    /** Someone is signed in. */
    signedIn: boolean;
    /** The viewer is this user (the ID of a set's owner, an attempt's taker…). */
    user: string;
  };
  Scalars: { DateTime: { Input: Date; Output: Date } };
}>({
  // Relay first, so scope checks see decoded global IDs.
  plugins: [RelayPlugin, ScopeAuthPlugin, PrismaPlugin],
  scopeAuth: {
    authScopes: (context) => ({
      signedIn: context.viewer !== null,
      user: (id) => context.viewer?.id === id,
    }),
    // Signed out: UNAUTHENTICATED. Signed in but not allowed: FORBIDDEN. Resolvers that must not
    // reveal that something exists (others' sets) answer NOT_FOUND themselves.
    unauthorizedError: (_parent, context) =>
      context.viewer === null
        ? new GraphQLError('Sign in to do this.', { extensions: { code: 'UNAUTHENTICATED' } })
        : new GraphQLError('You are not allowed to do this.', {
            extensions: { code: 'FORBIDDEN' },
          }),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    decodeGlobalID,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Defined in schema/node.ts, to report unknown IDs.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});
