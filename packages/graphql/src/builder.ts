import type PrismaTypes from '@attest/db/pothos-types';
import { getDatamodel } from '@attest/db/pothos-types';
import { AttestError } from '@attest/errors';
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from './context.ts';
import { decodeGlobalID } from './global-id.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.ts';

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
        ? new AttestError('UNAUTHENTICATED', 'Sign in to do this.')
        : new AttestError('FORBIDDEN', 'You are not allowed to do this.'),
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
    // Descriptions of the fields and arguments Relay generates for every connection (GraphiQL's
    // docs pane is the API's manual). Each connection and edge type is described where the
    // connection is defined (its third and fourth arguments), saying what it lists.
    edgesFieldOptions: { nullable: false, description: 'The page: one edge per item, in order.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: {
      description: 'Opaque position of this item: pass it as `after` or `before` to page from it.',
    },
    pageInfoFieldOptions: {
      description: 'Where this page sits: whether more come before or after.',
    },
    pageInfoTypeOptions: { description: 'Position of a page within a connection (Relay).' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page (ask with `after`).' },
    hasPreviousPageFieldOptions: {
      description: 'Whether items precede this page (ask with `before`).',
    },
    startCursorFieldOptions: { description: "The first edge's cursor; null on an empty page." },
    endCursorFieldOptions: { description: "The last edge's cursor; null on an empty page." },
    firstArgOptions: {
      description: `Items to return from the start (after \`after\`): 0 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}. Over ${MAX_PAGE_SIZE} is BAD_USER_INPUT.`,
    },
    lastArgOptions: {
      description: `Items to return from the end (before \`before\`): 0 to ${MAX_PAGE_SIZE}. Over ${MAX_PAGE_SIZE} is BAD_USER_INPUT.`,
    },
    afterArgOptions: {
      description:
        "Return items after this cursor (an edge's `cursor`). A malformed one is BAD_USER_INPUT.",
    },
    beforeArgOptions: {
      description:
        "Return items before this cursor (an edge's `cursor`). A malformed one is BAD_USER_INPUT.",
    },
    nodeTypeOptions: { description: 'Anything that can be loaded by its global ID (`node`).' },
    idFieldOptions: {
      description: 'Its global ID: opaque, stable, and accepted by `node` and by arguments.',
    },
    // Defined in schema/node.ts, to report unknown IDs.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});
