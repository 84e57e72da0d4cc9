import { type GraphQLSchema, isObjectType } from 'graphql';

const DESCRIPTION = 'How many items the connection holds in all, across every page.';

/**
 * The Prisma plugin adds `totalCount` to a connection (`totalCount: true` or a count function)
 * with no option for its description, and GraphiQL's docs pane is the API's manual: describe it
 * once the schema is built. Only a description changes; the field and its resolver stay as built.
 */
export function describeTotalCounts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
    const field = type.getFields().totalCount;
    if (field && !field.description) field.description = DESCRIPTION;
  }
  return schema;
}
