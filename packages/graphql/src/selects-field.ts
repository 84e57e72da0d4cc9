import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects a field of this name on its value, directly or
 * through fragments. A selection under @include or @skip counts as selected: a resolver that
 * skips work for an unselected field must never skip it for one that is asked after all.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === name;
        case Kind.INLINE_FRAGMENT:
          return walk(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          if (seen.has(selection.name.value)) return false;
          seen.add(selection.name.value);
          return walk(info.fragments[selection.name.value]?.selectionSet);
        }
        default:
          return false;
      }
    }) ?? false;
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}
