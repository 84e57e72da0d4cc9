import type { Plugin } from 'graphql-yoga';
import { isLoopbackClient } from './client-address.ts';
import type { Limiter } from './limiter.ts';
import { operationCost } from './operation-cost.ts';
import { rateLimitedError } from './too-many.ts';

/** What the budget needs of the request's context: who asks, from where. */
interface BudgetContext {
  clientAddress: string;
  viewer: { id: string } | null;
}

/**
 * A points budget for GraphQL work: each operation costs its operationCost, taken from the
 * signed-in account's budget or, signed out, from the client address's. An operation the budget
 * cannot pay is refused whole (429, RATE_LIMITED, Retry-After) before it runs.
 *
 * Only operations that execute pay: an answer from the response cache ends the request before
 * execution and costs nothing. The budget guards the database and the server's work, and a hit
 * spends neither (no SQL at all); charging it would add a database write to a request that
 * otherwise needs none, and a counter kept in memory instead would not be shared by the nodes.
 *
 * `exemptLoopback` (on outside production): anonymous requests from this machine itself are
 * not counted, so a local load test of the default start is not throttled. Signed-in accounts
 * still pay theirs.
 */
export function useGraphQLBudget(
  budgets: { perClient: Limiter; perAccount: Limiter },
  pages: { defaultPageSize: number; maxPageSize: number },
  { exemptLoopback = false }: { exemptLoopback?: boolean } = {},
): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const { clientAddress, viewer } = args.contextValue as unknown as BudgetContext;
      if (!viewer && exemptLoopback && isLoopbackClient(clientAddress)) return;
      const cost = operationCost({
        schema: args.schema,
        document: args.document,
        operationName: args.operationName,
        variables: args.variableValues,
        ...pages,
      });
      const [budget, key] = viewer
        ? [budgets.perAccount, viewer.id]
        : [budgets.perClient, clientAddress];
      const refused = await budget.consume(key, cost);
      if (!refused) return;
      const { points, seconds } = budget.window;
      const whose = viewer ? 'your account' : 'your address; signed-in accounts have more';
      setResultAndStopExecution({
        errors: [
          rateLimitedError(
            refused,
            `This request costs ${cost} points and the budget of ${points} points per ${seconds} seconds is spent (the budget is ${whose}).`,
          ),
        ],
      });
    },
  };
}
