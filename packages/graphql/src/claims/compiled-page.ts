import { hitsToRank, type ReadSql } from '@attest/db';
import {
  type DocumentNode,
  type FieldNode,
  getOperationAST,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { collectionScope } from '../collections/access.ts';
import type { Context } from '../context.ts';
import { DEFAULT_PAGE_SIZE, isPageSize } from '../page-size.ts';
import { isEmptySearch } from '../schema/search-text.ts';
import { findClaimPage } from './find-claims.ts';

/**
 * A plain anonymous page of claims (`claims(first:) { edges { node { … } } }`) compiled into one
 * SQL statement that builds the response's JSON itself, as PostGraphile does: no Prisma row
 * mapping, no Pothos selection bookkeeping, no resolver per field. It answers exactly what
 * executing the schema would (same values, same key order, same global IDs, the same access
 * rule: public collections only), and only for the shapes it knows; anything else (a fragment,
 * a directive, a filter, a cursor, a field not listed below, a signed-in viewer) is left to the
 * schema. The tests compare both ways field by field (apps/api test/compiled-page.test.ts).
 */

type Field =
  | { kind: 'column'; column: string }
  | { kind: 'globalId' }
  | { kind: 'typename' }
  | { kind: 'one'; fk: string; table: () => Table }
  | { kind: 'many'; fkOnTarget: string; orderBy: string[]; table: () => Table };

interface Table {
  name: string;
  typename: string;
  fields: Record<string, Field>;
}

const column = (name: string): Field => ({ kind: 'column', column: name });
const common = { id: { kind: 'globalId' }, __typename: { kind: 'typename' } } as const;

const ACTOR: Table = {
  name: 'Actor',
  typename: 'Actor',
  fields: {
    ...common,
    name: column('name'),
    kind: column('kind'),
    description: column('description'),
  },
};
const SOURCE: Table = {
  name: 'Source',
  typename: 'Source',
  fields: {
    ...common,
    title: column('title'),
    publisher: column('publisher'),
    url: column('url'),
    genre: column('genre'),
  },
};
const EVIDENCE: Table = {
  name: 'Evidence',
  typename: 'Evidence',
  fields: {
    ...common,
    quote: column('quote'),
    start: column('start'),
    end: column('end'),
    prefix: column('prefix'),
    suffix: column('suffix'),
    source: { kind: 'one', fk: 'sourceId', table: () => SOURCE },
  },
};
const CLAIM: Table = {
  name: 'Claim',
  typename: 'Claim',
  fields: {
    ...common,
    key: column('id'),
    statement: column('statement'),
    modality: column('modality'),
    rank: column('rank'),
    offTopic: column('offTopic'),
    subject: { kind: 'one', fk: 'subjectId', table: () => ACTOR },
    object: { kind: 'one', fk: 'objectId', table: () => ACTOR },
    speaker: { kind: 'one', fk: 'speakerId', table: () => ACTOR },
    place: { kind: 'one', fk: 'placeId', table: () => ACTOR },
    // Claim.evidence's order (schema/claim.ts); (claimId, sourceId, start) is unique.
    evidence: {
      kind: 'many',
      fkOnTarget: 'claimId',
      orderBy: ['sourceId', 'start'],
      table: () => EVIDENCE,
    },
  },
};

const quoted = (name: string) => `"${name}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
/** A column's value as JSON text: to_json writes what JSON.stringify would (null for NULL). */
const jsonValue = (sql: string) => `coalesce(to_json(${sql})::text, 'null')`;

/** The fields of a selection set, or null when it holds anything but plain, distinct fields. */
function plainFields(selectionSet: SelectionSetNode | undefined): FieldNode[] | null {
  if (!selectionSet) return null;
  const keys = new Set<string>();
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.directives?.length || selection.arguments?.length) return null;
    const key = selection.alias?.value ?? selection.name.value;
    // Two selections of one key are merged by GraphQL: left to it.
    if (keys.has(key)) return null;
    keys.add(key);
    fields.push(selection);
  }
  return fields;
}

/**
 * SQL building the JSON text of one row of `table` (aliased `row`), or null if unknown, with
 * the joins it needs on the level of `row`: a to-one relation is a LEFT JOIN on its primary key
 * (at most one row, so nothing repeats), a list a LEFT JOIN LATERAL of one aggregated row.
 * Measured with EXPLAIN ANALYZE on the bench's page, joins cost PostgreSQL ~25 % less than a
 * scalar subquery per row and relation. The JSON is written as text (`'{"key":' || value || …`)
 * rather than with json_build_object and json_agg: ~12 % less executor time on the bench's page,
 * and compact, byte for byte what `JSON.stringify` makes of the schema's answer. (jsonb would
 * sort the keys, which GraphQL must not.) Every piece is non-null, or `||` would null the whole.
 */
function objectSql(
  table: Table,
  row: string,
  selectionSet: SelectionSetNode,
  joins: string[],
  inList = false,
): string | null {
  const fields = plainFields(selectionSet);
  if (!fields || fields.length === 0 || fields.length > 50) return null;
  const pairs: string[] = [];
  const opened = (): string => (pairs.length === 0 ? '{' : ',');
  for (const node of fields) {
    const field = table.fields[node.name.value];
    if (!field) return null;
    // Response keys are GraphQL names ([_A-Za-z][_0-9A-Za-z]*): nothing to escape in them.
    const key = literal(`${opened()}${JSON.stringify(node.alias?.value ?? node.name.value)}:`);
    let value: string | null;
    switch (field.kind) {
      case 'column':
        value = node.selectionSet ? null : jsonValue(`${row}.${quoted(field.column)}`);
        break;
      case 'globalId':
        // Relay's global ID: base64 of "Type:id" (PostgreSQL wraps base64 lines: unwrapped),
        // whose letters need no escaping in a JSON string.
        value = node.selectionSet
          ? null
          : `'"' || translate(encode(convert_to(${literal(`${table.typename}:`)} || ${row}."id", 'UTF8'), 'base64'), E'\\n', '') || '"'`;
        break;
      case 'typename':
        value = node.selectionSet ? null : literal(JSON.stringify(table.typename));
        break;
      case 'one': {
        const target = field.table();
        const alias = `${row}_${pairs.length}`;
        const ownJoins: string[] = [];
        const inner = node.selectionSet
          ? objectSql(target, alias, node.selectionSet, ownJoins, inList)
          : null;
        if (!inner) {
          value = null;
        } else if (inList) {
          // Within a list's aggregate the planner hashed the whole target table for every row
          // of the page (a sequential scan of all sources per claim); a lookup by key per
          // element is ~25 % cheaper there at 10× the corpus, and stays an index scan as it grows.
          value = `coalesce((SELECT ${inner} FROM ${quoted(target.name)} ${alias} ${ownJoins.join(' ')} WHERE ${alias}."id" = ${row}.${quoted(field.fk)}), 'null')`;
        } else {
          joins.push(
            `LEFT JOIN ${quoted(target.name)} ${alias} ON ${alias}."id" = ${row}.${quoted(field.fk)}`,
            ...ownJoins,
          );
          value = `CASE WHEN ${alias}."id" IS NULL THEN 'null' ELSE ${inner} END`;
        }
        break;
      }
      case 'many': {
        const target = field.table();
        const alias = `${row}_${pairs.length}`;
        const innerJoins: string[] = [];
        const inner = node.selectionSet
          ? objectSql(target, alias, node.selectionSet, innerJoins, true)
          : null;
        const order = field.orderBy.map((c) => `${alias}.${quoted(c)}`).join(', ');
        if (inner) {
          // innerJoins come after the list's own table: they join on its rows.
          joins.push(
            `LEFT JOIN LATERAL (SELECT '[' || coalesce(string_agg(${inner}, ',' ORDER BY ${order}), '') || ']' AS j FROM ${quoted(target.name)} ${alias} ${innerJoins.join(' ')} WHERE ${alias}.${quoted(field.fkOnTarget)} = ${row}."id") ${alias}_l ON true`,
          );
        }
        value = inner && `${alias}_l.j`;
        break;
      }
    }
    if (value === null) return null;
    pairs.push(`${key} || ${value}`);
  }
  return `${pairs.join(' || ')} || '}'`;
}

/**
 * The page size asked for: an integer literal or variable from 1 to the limit, else null (the
 * schema answers the rest: its defaults, refusals and empty pages).
 */
function askedPageSize(
  value: ValueNode | undefined,
  variables: Record<string, unknown> | undefined,
): number | null {
  if (value === undefined) return DEFAULT_PAGE_SIZE;
  const size =
    value.kind === Kind.INT
      ? Number(value.value)
      : value.kind === Kind.VARIABLE
        ? variables?.[value.name.value]
        : undefined;
  return isPageSize(size) ? size : null;
}

interface Compiled {
  /** The response key of the root field. */
  rootKey: string;
  /** The response key of the connection's `edges`. */
  edgesKey: string;
  /** The statement, up to its page size. */
  sql: string;
  /** The statement after its page size: the subquery's closing, the relations' joins. */
  tail: string;
  /** The root field's `first` argument, to read a variable's value per request. */
  first: ValueNode | undefined;
  /** Its `search` argument, when given. */
  search: ValueNode | undefined;
  /** The statement of a search's page: the ranked ids (`$1`) in their order. */
  searchSql: string;
}

function compile(document: DocumentNode, operationName: string | null | undefined) {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (operation?.operation !== 'query' || operation.directives?.length) return null;
  if (document.definitions.some((d) => d.kind === Kind.FRAGMENT_DEFINITION)) return null;
  const roots = plainFieldsWithArgs(operation.selectionSet);
  const root = roots?.length === 1 ? roots[0] : undefined;
  if (root?.name.value !== 'claims') return null;
  const args = root.arguments ?? [];
  if (args.some((a) => a.name.value !== 'first' && a.name.value !== 'search')) return null;
  const argument = (name: string) => args.find((a) => a.name.value === name)?.value;
  const connection = plainFields(root.selectionSet);
  const edges = connection?.length === 1 ? connection[0] : undefined;
  if (edges?.name.value !== 'edges') return null;
  const edgeFields = plainFields(edges.selectionSet);
  const node = edgeFields?.length === 1 ? edgeFields[0] : undefined;
  if (node?.name.value !== 'node' || !node.selectionSet) return null;
  const joins: string[] = [];
  const claim = objectSql(CLAIM, 'c', node.selectionSet, joins);
  if (!claim) return null;
  const nodeKey = literal(`{${JSON.stringify(node.alias?.value ?? 'node')}:`);
  // The access rule of an anonymous read: claims of public collections (inCollections).
  // The page's edges as one JSON array, in `order`.
  const edgesIn = (order: string) =>
    `SELECT '[' || coalesce(string_agg(${nodeKey} || ${claim} || '}', ',' ORDER BY ${order}), '') || ']' AS edges`;
  const sql = `${edgesIn('c."id"')}
FROM (SELECT * FROM "Claim" c0
  WHERE EXISTS (SELECT 1 FROM "Collection" k WHERE k."id" = c0."collectionId" AND k."visibility" = 'PUBLIC')
  ORDER BY c0."id" LIMIT `;
  const tail = `) c ${joins.join(' ')}`;
  // A search's page: the claims the ranking chose, in its order (claimsInOrder's answer).
  const searchSql = `${edgesIn('array_position($1::text[], c."id")')}
FROM (SELECT * FROM "Claim" c0
  WHERE c0."id" = ANY($1::text[])
    AND EXISTS (SELECT 1 FROM "Collection" k WHERE k."id" = c0."collectionId" AND k."visibility" = 'PUBLIC')) c ${joins.join(' ')}`;
  return {
    rootKey: root.alias?.value ?? root.name.value,
    edgesKey: edges.alias?.value ?? edges.name.value,
    sql,
    tail,
    first: argument('first'),
    search: argument('search'),
    searchSql,
  } satisfies Compiled;
}

/** Like plainFields, but the root field may carry arguments (checked by the caller). */
function plainFieldsWithArgs(selectionSet: SelectionSetNode): FieldNode[] | null {
  const [only, ...rest] = selectionSet.selections;
  if (!only || rest.length > 0 || only.kind !== Kind.FIELD || only.directives?.length) return null;
  return [only];
}

const compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();

/** What a compiled page runs: its statement, answering the operation's `data` as JSON text. */
export interface ClaimPageRead {
  /**
   * Runs the statement with `readSql` (@attest/db's: a prepared statement on the driver); a
   * search ranks first, as the schema does (findClaimPage), over what `ctx`'s viewer may read.
   */
  run(readSql: ReadSql, ctx: Context): Promise<string>;
}

/** A string argument's value: a literal or a variable's; undefined for anything else. */
function stringArgument(
  value: ValueNode,
  variables: Record<string, unknown> | undefined,
): string | undefined {
  const given =
    value.kind === Kind.STRING
      ? value.value
      : value.kind === Kind.VARIABLE
        ? variables?.[value.name.value]
        : undefined;
  return typeof given === 'string' ? given : undefined;
}

/**
 * The compiled read for this operation of an anonymous viewer, or null when the schema must
 * execute it. Compiled once per parsed document (Yoga reuses the parsed document of a query it
 * has seen), so a request pays a map lookup before its one statement.
 */
export function compiledClaimPage(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): ClaimPageRead | null {
  let byName = compiled.get(document);
  if (!byName) {
    byName = new Map();
    compiled.set(document, byName);
  }
  const name = operationName ?? '';
  let plan = byName.get(name);
  if (plan === undefined) {
    plan = compile(document, operationName);
    byName.set(name, plan);
  }
  if (!plan) return null;
  const size = askedPageSize(plan.first, variables);
  if (size === null) return null;
  const { rootKey, edgesKey, sql, tail, searchSql } = plan;
  const open = `{${JSON.stringify(rootKey)}:{${JSON.stringify(edgesKey)}:`;
  if (plan.search) {
    // No search (null), an empty one (the schema's BAD_USER_INPUT): the schema answers.
    const search = stringArgument(plan.search, variables);
    if (search === undefined || isEmptySearch(search)) return null;
    return {
      async run(readSql, ctx) {
        const collectionIds = await collectionScope(ctx);
        // The shapes compiled read no totalCount and no pageInfo: a first page needs no more
        // than itself ranked (hitsToRank), as the schema ranks it.
        const { ids } = await findClaimPage(ctx.prisma, {
          filters: { collectionIds },
          search,
          offset: 0,
          limit: size,
          searchLimit: hitsToRank({ offset: 0, shown: size }),
        });
        const [row] = ids.length > 0 ? await readSql(searchSql, [ids]) : [];
        return `${open}${(row?.[0] as string | undefined) ?? '[]'}}}`;
      },
    };
  }
  return {
    async run(readSql) {
      // The size is an integer checked above, written into the text: without parameters, the
      // prepared statement's plan is the generic one from its first run (no planning per page).
      const [row] = await readSql(`${sql}${size}${tail}`);
      return `${open}${(row?.[0] as string | undefined) ?? '[]'}}}`;
    },
  };
}
