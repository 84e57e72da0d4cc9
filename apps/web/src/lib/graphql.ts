import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../generated/graphql-env.d.ts';

/**
 * Writes a GraphQL operation or fragment. Its result and variables are typed from the API's
 * committed schema (packages/graphql/schema.graphql, turned into `src/generated/graphql-env.d.ts`
 * by `pnpm generate`): a field the schema no longer has fails the typecheck. Fragments are not
 * masked: a spread fragment's fields are simply part of the result.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  disableMasking: true;
  scalars: { DateTime: string };
}>();

/** A schema enum or scalar as a TypeScript type, e.g. `SchemaType<'FeedbackTiming'>`. */
export type SchemaType<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;

export type { FragmentOf, ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
