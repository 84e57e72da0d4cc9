import type { GraphQLResponse } from './harness.ts';

/**
 * Reads every field of every type reachable from the root query by introspection, so that a
 * field added tomorrow is read by the tests without anyone listing it. Each type is reached by
 * the shortest path from a root field (pages of 2), then read twice: its leaf fields alone (a
 * selection that loads nothing nested, as `disputes { aspect }` does), and each of its object
 * fields with their leaves. Required arguments get values from the argument types (enums: each
 * value) or from earlier results (IDs, tokens, share slugs); a field whose argument it cannot
 * fill is skipped and reported.
 */

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
interface Field {
  name: string;
  args: InputValue[];
  type: TypeRef;
}
interface FullType {
  kind: string;
  name: string;
  fields: Field[] | null;
  inputFields: InputValue[] | null;
  possibleTypes: { name: string }[] | null;
  enumValues: { name: string }[] | null;
}

export const introspectionQuery = `{ __schema { queryType { name } types {
  kind name
  fields { name args { ...Input } type { ...Ref } }
  inputFields { ...Input }
  possibleTypes { name }
  enumValues { name }
} } }
fragment Input on __InputValue { name defaultValue type { ...Ref } }
fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

export interface IntrospectionData {
  __schema: { queryType: { name: string }; types: FullType[] };
}

export type Request = (query: string) => Promise<GraphQLResponse>;

export interface WalkReport {
  /** `Type.field` for every field some request selected and got no request-level error for. */
  read: Set<string>;
  /** `Type.field` of every object type reached, the set `read` and `skipped` should cover. */
  reachable: Set<string>;
  /** `Type.field` → why it was not read. */
  skipped: Map<string, string>;
  /** Requests that failed in a way no client input explains (masked errors, refused queries). */
  failures: { query: string; errors: unknown[] }[];
  requests: number;
}

/** One field on the way from the root: `field(args)`, then `... on Type` when it is abstract. */
interface Step {
  field: string;
  args: string;
  on?: string;
}

const named = (ref: TypeRef): string => ref.name ?? (ref.ofType ? named(ref.ofType) : '');
const isList = (ref: TypeRef): boolean =>
  ref.kind === 'LIST' || (ref.kind === 'NON_NULL' && ref.ofType !== null && isList(ref.ofType));
const isRequired = (arg: InputValue) => arg.type.kind === 'NON_NULL' && arg.defaultValue === null;

// Pages this small keep every request far under the cost limit and still read a second item.
const PAGE = 2;
// Object fields read per request: well under the token (2000) and alias (15) limits.
const FIELDS_PER_REQUEST = 6;
// Values kept per field name from the results (IDs, tokens, slugs).
const KEEP = 3;

export async function walkSchema(request: Request): Promise<WalkReport> {
  const report: WalkReport = {
    read: new Set(),
    reachable: new Set(),
    skipped: new Map(),
    failures: [],
    requests: 0,
  };
  const intro = (await request(introspectionQuery)).data as unknown as IntrospectionData;
  const types = new Map(intro.__schema.types.map((t) => [t.name, t]));
  const typeOf = (name: string) => {
    const type = types.get(name);
    if (!type) throw new Error(`introspection lists no type ${name}`);
    return type;
  };
  const isLeaf = (name: string) => ['SCALAR', 'ENUM'].includes(typeOf(name).kind);
  const objectsOf = (name: string) => {
    const type = typeOf(name);
    return type.kind === 'OBJECT' ? [name] : (type.possibleTypes ?? []).map((p) => p.name);
  };

  /** Values seen in results: field name → type name → strings. */
  const seen = new Map<string, Map<string, string[]>>();
  const remember = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) remember(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const typename = typeof record.__typename === 'string' ? record.__typename : '';
    for (const [key, field] of Object.entries(record)) {
      if (typeof field === 'string' && key !== '__typename') {
        const byType = seen.get(key) ?? new Map<string, string[]>();
        const values = byType.get(typename) ?? [];
        if (values.length < KEEP && !values.includes(field)) values.push(field);
        byType.set(typename, values);
        seen.set(key, byType);
      } else remember(field);
    }
  };

  /** Strings from earlier results that fit an argument, by its name: `token`, `slug`, `setId`. */
  const candidates = (argName: string): string[] => {
    const one = argName.replace(/(?<=.)s$/, '');
    const all = (byType: Map<string, string[]> | undefined, accept = (_t: string) => true) =>
      [...(byType ?? new Map<string, string[]>())]
        .filter(([t]) => accept(t))
        .map(([, values]) => values[0] ?? '');
    if (one === 'id') return all(seen.get('id')).filter(Boolean);
    const suffix = one.replace(/Id$/, '').toLowerCase();
    const values = [...seen].flatMap(([field, byType]) =>
      field === one || field.toLowerCase().endsWith(one.toLowerCase()) ? all(byType) : [],
    );
    if (one.endsWith('Id')) {
      values.push(...all(seen.get('id'), (t) => t.toLowerCase().endsWith(suffix)));
    }
    return [...new Set(values.filter(Boolean))];
  };

  /** A GraphQL literal for a value of `ref`, or undefined when none can be made. */
  const literal = (ref: TypeRef, argName: string): string[] | undefined => {
    if (ref.kind === 'NON_NULL' && ref.ofType) return literal(ref.ofType, argName);
    if (ref.kind === 'LIST' && ref.ofType) {
      const items = literal(ref.ofType, argName);
      return items && [`[${items.join(', ')}]`];
    }
    const type = typeOf(named(ref));
    if (type.kind === 'ENUM') return (type.enumValues ?? []).map((v) => v.name);
    if (type.kind === 'INPUT_OBJECT') {
      const fields: string[] = [];
      for (const field of (type.inputFields ?? []).filter(isRequired)) {
        const value = literal(field.type, field.name)?.[0];
        if (value === undefined) return undefined;
        fields.push(`${field.name}: ${value}`);
      }
      return [`{ ${fields.join(', ')} }`];
    }
    if (type.name === 'Int' || type.name === 'Float') return [String(PAGE)];
    if (type.name === 'Boolean') return ['true'];
    const found = candidates(argName);
    return found.length ? found.map((s) => JSON.stringify(s)) : undefined;
  };

  /** The argument lists to read a field with (several for enums and IDs), or a reason not to. */
  const argumentLists = (field: Field): string[] | string => {
    let lists = [''];
    for (const arg of field.args) {
      let values: string[] | undefined;
      if (isRequired(arg)) values = literal(arg.type, arg.name);
      else if (arg.name === 'first') values = [String(PAGE)];
      else continue;
      if (!values) return `no value for its argument "${arg.name}"`;
      const list = isList(arg.type) ? values.slice(0, 1) : values.slice(0, KEEP * 5);
      lists = lists.flatMap((before) => list.map((v) => `${before} ${arg.name}: ${v}`));
    }
    return lists.map((l) => (l ? `(${l.trim()})` : ''));
  };

  /** `f(args)`, or aliased variants of it when it has several argument lists. */
  const fieldCalls = (owner: string, field: Field): string[] => {
    const lists = argumentLists(field);
    if (typeof lists === 'string') {
      report.skipped.set(`${owner}.${field.name}`, lists);
      return [];
    }
    return lists.map((args, i) =>
      lists.length > 1 ? `${field.name}_${i}: ${field.name}${args}` : `${field.name}${args}`,
    );
  };

  const printRef = (ref: TypeRef): string =>
    ref.kind === 'NON_NULL' && ref.ofType
      ? `${printRef(ref.ofType)}!`
      : ref.kind === 'LIST' && ref.ofType
        ? `[${printRef(ref.ofType)}]`
        : (ref.name ?? '');
  const leafFieldsOf = (object: string) =>
    (typeOf(object).fields ?? []).filter((f) => isLeaf(named(f.type)));
  const leafCalls = (object: string) =>
    leafFieldsOf(object)
      .flatMap((f) => fieldCalls(object, f))
      .join(' ');

  /**
   * Selections of the leaf fields of a type. For an abstract type, one per group of the objects
   * it may be whose same-named fields agree in type (`Attempt.status` and `SetQuestion.status`
   * cannot share a selection); aliasing them apart would spend the alias limit.
   */
  const leafSelections = (typeName: string): string[] => {
    if (typeOf(typeName).kind === 'OBJECT') return [`__typename ${leafCalls(typeName)}`];
    const groups: { types: Map<string, string>; parts: string[] }[] = [];
    for (const object of objectsOf(typeName)) {
      const fields = leafFieldsOf(object).map((f) => [f.name, printRef(f.type)] as const);
      let group = groups.find((g) => fields.every(([n, t]) => (g.types.get(n) ?? t) === t));
      if (!group) {
        group = { types: new Map(), parts: [] };
        groups.push(group);
      }
      for (const [n, t] of fields) group.types.set(n, t);
      group.parts.push(`... on ${object} { ${leafCalls(object)} }`);
    }
    return groups.map((g) => `__typename ${g.parts.join(' ')}`);
  };

  const wrap = (path: Step[], inner: string): string =>
    path.reduceRight(
      (body, step) =>
        `${step.field}${step.args} { ${step.on ? `... on ${step.on} { ${body} }` : body} }`,
      inner,
    );

  /** Sends one query; records what it read, or why it failed. */
  const send = async (path: Step[], selection: string, reads: string[]) => {
    const query = `{ ${wrap(path, selection)} }`;
    report.requests++;
    const response = await request(query);
    remember(response.data);
    const errors = response.errors ?? [];
    const unexpected = errors.filter(
      (e) =>
        e.message === 'Unexpected error.' ||
        e.extensions?.code === 'INTERNAL_SERVER_ERROR' ||
        // No path: the request itself was refused (a limit, a malformed query): a walker bug.
        !(e as { path?: unknown }).path,
    );
    if (unexpected.length) report.failures.push({ query, errors: unexpected });
    else for (const r of reads) if (!report.skipped.has(r)) report.read.add(r);
  };

  const expanded = new Set<string>();
  /** Reads every field of the object type at the end of `path`; returns the paths onward. */
  const expand = async (path: Step[], object: string): Promise<[Step[], string][]> => {
    expanded.add(object);
    const fields = typeOf(object).fields ?? [];
    for (const f of fields) report.reachable.add(`${object}.${f.name}`);
    const leafFields = fields.filter((f) => isLeaf(named(f.type)));
    await send(
      path,
      `__typename ${leafCalls(object)}`,
      leafFields.map((f) => `${object}.${f.name}`),
    );
    const onward: [Step[], string][] = [];
    const objectFields = fields.filter((f) => !isLeaf(named(f.type)));
    // Several selections of one field (an abstract type's groups) would merge into one if they
    // shared a request: each of those goes alone.
    const calls = objectFields.flatMap((f) =>
      fieldCalls(object, f).flatMap((call) => {
        const selections = leafSelections(named(f.type));
        return selections.map((leaves) => ({
          f,
          read: `${call} { ${leaves} }`,
          alone: selections.length > 1,
        }));
      }),
    );
    const together = calls.filter((c) => !c.alone);
    const chunks = calls.filter((c) => c.alone).map((c) => [c]);
    for (let i = 0; i < together.length; i += FIELDS_PER_REQUEST) {
      chunks.push(together.slice(i, i + FIELDS_PER_REQUEST));
    }
    for (const chunk of chunks) {
      await send(
        path,
        `__typename ${chunk.map(({ read }) => read).join(' ')}`,
        chunk.map(({ f }) => `${object}.${f.name}`),
      );
    }
    for (const f of objectFields) {
      const args = argumentLists(f);
      if (typeof args === 'string') continue;
      const target = named(f.type);
      const abstract = typeOf(target).kind !== 'OBJECT';
      for (const next of objectsOf(target)) {
        const step = { field: f.name, args: args[0] ?? '', on: abstract ? next : undefined };
        onward.push([[...path, step], next]);
      }
    }
    return onward;
  };

  /** Breadth first, so each type is read at the end of its shortest path. */
  const walkFrom = async (start: [Step[], string][]) => {
    let frontier = start;
    while (frontier.length) {
      const next: [Step[], string][] = [];
      for (const [path, object] of frontier) {
        if (!expanded.has(object)) next.push(...(await expand(path, object)));
      }
      frontier = next;
    }
  };

  // First the root fields that need no value from a result; then, with the IDs, tokens and
  // slugs those gave, the ones that do (node, nodes, attempt, sharedQuestionSet, …), so that
  // each of those is read at least once even when the types it returns were read already.
  const root = intro.__schema.queryType.name;
  expanded.add(root);
  const rootFields = typeOf(root).fields ?? [];
  for (const f of rootFields) report.reachable.add(`${root}.${f.name}`);
  const rootPaths = (fields: Field[]) =>
    fields.flatMap((f): [Step[], string][] => {
      const lists = argumentLists(f);
      if (typeof lists === 'string') return [];
      const target = named(f.type);
      const abstract = typeOf(target).kind !== 'OBJECT';
      return objectsOf(target).map((object) => [
        [{ field: f.name, args: lists[0] ?? '', on: abstract ? object : undefined }],
        object,
      ]);
    });
  const needsValues = (f: Field) => f.args.some(isRequired);
  const readRoot = async (fields: Field[]) => {
    const calls = fields.flatMap((f) => fieldCalls(root, f).map((call) => ({ f, call })));
    for (const { f, call } of calls) {
      const target = named(f.type);
      const selections = isLeaf(target)
        ? [call]
        : leafSelections(target).map((l) => `${call} { ${l} }`);
      for (const selection of selections) await send([], selection, [`${root}.${f.name}`]);
    }
  };
  const simple = rootFields.filter((f) => !needsValues(f));
  await readRoot(simple);
  await walkFrom(rootPaths(simple));
  const withValues = rootFields.filter(needsValues);
  await readRoot(withValues);
  await walkFrom(rootPaths(withValues));
  return report;
}
