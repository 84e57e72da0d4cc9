import type { ReadSql } from '@attest/db';
import { type Context, compiledClaimPage } from '@attest/graphql';
import type { Plugin } from 'graphql-yoga';
import { serializedResult } from './serialized-result.ts';

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
        read.run(readSql, ctx).then(
          // PostgreSQL's JSON text goes into the response as it is (serialized-result.ts).
          (json) => serializedResult(`{"data":${json}}`),
          () => executeFn(execution),
        ),
      );
    },
  };
}
