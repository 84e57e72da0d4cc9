import { AttestError } from '@attest/errors';
import { encodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import { type GraphQLResolveInfo, isObjectType } from 'graphql';
import { builder } from '../builder.ts';
import { canReadNode } from '../collections/access.ts';
import type { Context } from '../context.ts';

interface GlobalId {
  typename: string;
  id: string;
}

// An ID naming a type that is no Node ("Nope:1", "Query:1") would reach Pothos' node loading,
// which throws a schema error rather than answering that there is no such thing.
const isNodeType = (info: GraphQLResolveInfo, typename: string) => {
  const type = info.schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
};

// Pothos loads nodes with findUniqueOrThrow; Prisma's P2025 means "no such row".
const isMissingRow = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2025';

/**
 * Relay returns null for an unknown ID; Attest also says so, with a code a client can act on.
 * `nodes` reports each unknown ID at its own position and still returns the others.
 */
builder.queryFields((t) => {
  const load = async (id: GlobalId, context: Context, info: Parameters<typeof resolveNodes>[2]) => {
    const missing = new AttestError(
      'NOT_FOUND',
      `No ${id.typename} has the ID "${encodeGlobalID(id.typename, id.id)}".`,
    );
    if (!isNodeType(info, id.typename)) return missing;
    try {
      // Knowledge in a collection the viewer may not read answers as an unknown ID does.
      if (!(await canReadNode(context, id.typename, id.id))) throw { code: 'P2025' };
      const [node] = await resolveNodes(builder, context, info, [id]);
      if (node) return node;
    } catch (error) {
      if (!isMissingRow(error)) throw error;
    }
    return missing;
  };
  return {
    node: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description:
        'Anything by its global ID. NOT_FOUND for an unknown ID or one the viewer may not read; BAD_USER_INPUT for a malformed one.',
      args: { id: t.arg.globalID({ required: true, description: 'A global ID.' }) },
      resolve: async (_root, { id }, context, info) => {
        const node = await load(id, context, info);
        if (node instanceof Error) throw node;
        return node as never;
      },
    }),
    nodes: t.field({
      type: [builder.nodeInterfaceRef()],
      nullable: { list: false, items: true },
      description:
        'Several things by global ID, in order: an unknown ID is null in its place, with a NOT_FOUND error at its path.',
      args: {
        ids: t.arg.globalIDList({ required: true, description: 'Global IDs: up to 100.' }),
      },
      resolve: (_root, { ids }, context, info) =>
        Promise.all(ids.map((id) => load(id, context, info))) as never,
    }),
  };
});
