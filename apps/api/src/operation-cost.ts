import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLInt,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  valueFromAST,
} from 'graphql';

/** Extra points for each ranked search: full-text plus trigram ranking is the API's dearest work. */
export const SEARCH_POINTS = 5;
/** Objects per point beyond the first. */
export const OBJECTS_PER_POINT = 100;

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  /** What a connection returns when neither `first` nor `last` is given. */
  defaultPageSize: number;
  maxPageSize: number;
}

/**
 * What an operation may cost, in the spirit of GitHub's points: every object it could return is
 * counted, page sizes multiplying through nested connections as if every page came back full.
 * Points = 1 + ⌊objects / 100⌋ + 5 per `search`. Checked after validation, so the document is
 * sound (known fields, no fragment cycles).
 */
export function operationCost(input: CostInput): number {
  const { schema, document } = input;
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: SelectionSetNode | undefined;
  let root: GraphQLNamedType | null | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    else if (
      definition.kind === Kind.OPERATION_DEFINITION &&
      (!input.operationName || definition.name?.value === input.operationName)
    ) {
      operation = definition.selectionSet;
      root = schema.getRootType(definition.operation);
    }
  }
  if (!operation || !root) return 1;

  let objects = 0;
  let searches = 0;
  const pageSize = (field: FieldNode) => {
    const arg = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
    const value = arg && valueFromAST(arg.value, GraphQLInt, input.variables ?? undefined);
    return Math.min(
      typeof value === 'number' ? Math.max(value, 0) : input.defaultPageSize,
      input.maxPageSize,
    );
  };
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType, multiplier: number) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && type) walk(fragment.selectionSet, type, multiplier);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (type) walk(selection.selectionSet, type, multiplier);
        continue;
      }
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const definition = parent.getFields()[selection.name.value];
      if (!definition) continue;
      const search = selection.arguments?.find((a) => a.name.value === 'search');
      if (search && search.value.kind !== Kind.NULL) searches += multiplier;
      const type = getNamedType(definition.type);
      if (!isCompositeType(type) || !selection.selectionSet) continue;
      const paged = definition.args.some((a) => a.name === 'first' || a.name === 'last');
      const size = multiplier * (paged ? pageSize(selection) : 1);
      objects += size;
      walk(selection.selectionSet, type, size);
    }
  };
  walk(operation, root, 1);
  return 1 + Math.floor(objects / OBJECTS_PER_POINT) + searches * SEARCH_POINTS;
}
