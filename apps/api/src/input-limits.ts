import {
  type ArgumentNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { refusal } from './refusal.ts';

export interface InputLimits {
  /** Characters in any string argument value (IDs, enum names, list items, input fields too). */
  stringLength: number;
  /** Characters in an argument named `search`. */
  searchLength: number;
  /** Items in any list argument value. */
  listLength: number;
  /** Other caps by schema coordinate: `Type.field(arg:)` or `InputType.field`. */
  stringLengthOf: Record<string, number>;
  listLengthOf: Record<string, number>;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Refuses, before anything resolves, argument values that are too long or that no database
 * would store: strings longer than their cap (a long search costs seconds of SQL), lists longer
 * than theirs (5,000 IDs to `nodes`), NUL characters and lone surrogates (PostgreSQL rejects
 * both with an error that would surface as "Unexpected error."). Inline values and variables
 * alike, nested in lists and input objects; the error names the argument and the limit.
 */
export function useInputLimits(limits: InputLimits): Plugin {
  // Found once per parsed document (Yoga reuses the document of a query it has seen).
  const byDocument = new WeakMap<DocumentNode, DocumentArgument[]>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let found = byDocument.get(args.document);
      if (!found) {
        found = documentArguments(args.schema, args.document);
        byDocument.set(args.document, found);
      }
      const problem = findProblem(
        args.schema,
        args.document,
        (args.variableValues ?? {}) as Record<string, unknown>,
        limits,
        found,
      );
      if (problem) {
        setResultAndStopExecution({
          errors: [refusal('BAD_USER_INPUT', problem)],
        });
      }
    },
  };
}

/** The first argument value over a limit, described; undefined when all are fine. */
/** An argument of a document, with what its limits are looked up by. */
export interface DocumentArgument {
  node: ArgumentNode;
  type: GraphQLInputType;
  name: string;
  /** `Type.field(argument:)` or `@directive(argument:)`. */
  coordinate: string;
  /** A String `search` argument: capped at the search length. */
  searchCap: boolean;
}

/** Every argument of the document with its type, in document order. */
export function documentArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
): DocumentArgument[] {
  const found: DocumentArgument[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        const directive = typeInfo.getDirective();
        const owner = directive ? `@${directive.name}` : `${parent?.name}.${field?.name}`;
        found.push({
          node,
          type: argument.type,
          name: argument.name,
          coordinate: `${owner}(${argument.name}:)`,
          searchCap: argument.name === 'search' && getNamedType(argument.type).name === 'String',
        });
      },
    }),
  );
  return found;
}

export function findProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  limits: InputLimits,
  /** The document's arguments, when the caller keeps them (documentArguments). */
  args?: readonly DocumentArgument[],
): string | undefined {
  let problem: string | undefined;

  const check = (
    value: unknown,
    type: GraphQLInputType,
    name: string,
    coordinate: string,
    searchCap: boolean,
  ): string | undefined => {
    if (value === null || value === undefined) return undefined;
    if (isNonNullType(type)) return check(value, type.ofType, name, coordinate, searchCap);
    if (isListType(type)) {
      // A single value where a list is expected is coerced into a list of one.
      const items = Array.isArray(value) ? value : [value];
      const cap = limits.listLengthOf[coordinate] ?? limits.listLength;
      if (items.length > cap) {
        return `"${name}" has ${items.length} items; at most ${cap} are allowed.`;
      }
      for (const [i, item] of items.entries()) {
        const found = check(item, type.ofType, `${name}[${i}]`, coordinate, searchCap);
        if (found) return found;
      }
      return undefined;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) return undefined;
      for (const field of Object.values(type.getFields())) {
        const found = check(
          (value as Record<string, unknown>)[field.name],
          field.type,
          `${name}.${field.name}`,
          `${type.name}.${field.name}`,
          field.name === 'search',
        );
        if (found) return found;
      }
      return undefined;
    }
    if (typeof value !== 'string') return undefined;
    if (value.includes('\u0000')) {
      return `"${name}" contains a NUL character (U+0000), which text cannot hold.`;
    }
    const surrogate = LONE_SURROGATE.exec(value);
    if (surrogate) {
      return `"${name}" contains a lone surrogate (${hex(surrogate[0].charCodeAt(0))}), which is not valid Unicode text.`;
    }
    const cap =
      limits.stringLengthOf[coordinate] ?? (searchCap ? limits.searchLength : limits.stringLength);
    // Counted in code points, as people count characters; the cheap count first.
    if (value.length > cap) {
      const characters = [...value].length;
      if (characters > cap) {
        return `"${name}" is ${characters} characters; at most ${cap} are allowed.`;
      }
    }
    return undefined;
  };

  for (const argument of args ?? documentArguments(schema, document)) {
    // Undefined for a value that does not fit the type; execution refuses it with its own error.
    const value = valueFromAST(argument.node.value, argument.type, variables);
    problem = check(value, argument.type, argument.name, argument.coordinate, argument.searchCap);
    if (problem) break;
  }
  return problem;
}
