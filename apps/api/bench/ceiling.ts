import { schema } from '@attest/graphql';
import { type ExecutionResult, getOperationAST } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';

/**
 * The ceiling: a bare Yoga server over the same schema (so documents parse and validate the
 * same way) that answers each named operation with its stored result, from memory: no
 * database, no resolvers, none of the API's limit plugins.
 */
export function createCeiling(results: Map<string, ExecutionResult>) {
  const fromMemory: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      const result = name === undefined ? undefined : results.get(name);
      if (!result) throw new Error(`The ceiling has no stored response for ${name}.`);
      setResultAndStopExecution(result);
    },
  };
  return createYoga({ schema, graphiql: false, landingPage: false, plugins: [fromMemory] });
}
