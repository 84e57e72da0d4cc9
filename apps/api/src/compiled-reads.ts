import type { ReadSql } from '@attest/db';
import { type Context, compiledClaimPage } from '@attest/graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A compiled read's answer: its `data` is the JSON text PostgreSQL built, written into the
 * response as it is (Yoga serialises a result with its own `stringify` when it has one) and parsed
 * only if something reads `data` (an own, enumerable getter, so a copy of the result carries it).
 * So the page is neither parsed nor serialised again in Node; its body is byte for byte the
 * schema's.
 */
function compiledResult(json: string): ExecutionResult {
  let data: Record<string, unknown> | undefined;
  const result = {
    get data() {
      data ??= JSON.parse(json) as Record<string, unknown>;
      return data;
    },
    // Anything a plugin changed (a copy with errors or extensions) is serialised as usual.
    stringify: (value: ExecutionResult) =>
      value === result ? `{"data":${json}}` : JSON.stringify(value),
  };
  return result;
}

/**
 * Answers an anonymous plain page of claims with @attest/graphql's compiled read (one SQL
 * statement that builds the JSON) instead of executing the schema field by field; every other
 * operation, and any viewer who is signed in, is executed as usual. Last among the plugins, so
 * that every check before execution has run. Should the statement fail, the schema executes the
 * operation instead, so errors (a database outage's 503 among them) are the schema's own.
 * `readSql` runs the statement (@attest/db's Database.readSql: prepared, on the driver).
 */
export function useCompiledReads(readSql: ReadSql): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const ctx = args.contextValue as unknown as Context;
      if (ctx.viewer !== null) return;
      const read = compiledClaimPage(
        args.document,
        args.operationName,
        args.variableValues as Record<string, unknown> | undefined,
      );
      if (!read) return;
      setExecuteFn((execution) =>
        read.run(readSql, ctx).then(compiledResult, () => executeFn(execution)),
      );
    },
  };
}
