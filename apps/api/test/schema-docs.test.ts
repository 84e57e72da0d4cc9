import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * Every schema coordinate (`Type`, `Type.field`, `Type.field(arg:)`, `Input.field`, `Enum.VALUE`)
 * that has no description. GraphiQL's docs pane is the API's manual, so each one must say what
 * it is, its units and limits, and the errors it can raise. Built-in scalars and introspection
 * types are graphql-js's own and excluded.
 */
export function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) {
          check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

describe('schema descriptions', () => {
  it('describe every type, field, argument, input field and enum value', () => {
    const schema = buildSchema(
      readFileSync(new URL('../../../packages/graphql/schema.graphql', import.meta.url), 'utf8'),
    );
    expect(undocumented(schema)).toEqual([]);
  });

  it('catch an undocumented one', () => {
    const schema = buildSchema(`
      """A query."""
      type Query {
        """Documented."""
        a(
          """Documented."""
          x: Int
          y: Int
        ): E
        b: Int
      }
      """An enum."""
      enum E {
        """Documented."""
        ONE
        TWO
      }
      input I {
        """ """
        z: Int
      }
    `);
    expect(undocumented(schema).sort()).toEqual(
      ['E.TWO', 'I', 'I.z', 'Query.a(y:)', 'Query.b'].sort(),
    );
  });
});
