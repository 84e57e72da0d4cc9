import type { ExecutionResult } from 'graphql';

/**
 * A result already serialised (`body`, a whole `{"data":…}` answer without errors): Yoga writes
 * it as it is (it serialises a result with the result's own `stringify` when it has one), and
 * `data` is parsed only if something reads it (an own, enumerable getter, so a copy of the
 * result carries it; a changed copy is serialised as usual).
 */
export function serializedResult(body: string): ExecutionResult {
  let parsed: ExecutionResult | undefined;
  const result = {
    get data() {
      parsed ??= JSON.parse(body) as ExecutionResult;
      return parsed.data;
    },
    stringify: (value: ExecutionResult) => (value === result ? body : JSON.stringify(value)),
  };
  return result;
}
