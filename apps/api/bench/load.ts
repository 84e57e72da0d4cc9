import autocannon, { type Request } from 'autocannon';

export const CONNECTIONS = 10;
export const jsonHeaders = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
};

/** What autocannon sends: a fixed body, or requests made as it goes (varied, or a flow). */
export type Load = { body: string } | { requests: () => Request[] };

export interface Run {
  responses: number;
  seconds: number;
  /** Response times, milliseconds. */
  latencies: number[];
}

/**
 * How long a run lasts: so many seconds, or, for requests slower than a run's seconds allow
 * to count (autocannon drops what is in flight when the time is up), so many requests.
 */
export type Span = { seconds: number } | { amount: number };

/** One autocannon run from this thread; fails on any error, timeout or non-2xx answer. */
export function run(
  url: string,
  operation: string,
  load: Load,
  span: Span,
  connections = CONNECTIONS,
): Promise<Run> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { ...jsonHeaders, 'x-bench-operation': operation },
        connections,
        ...('seconds' in span ? { duration: span.seconds } : { amount: span.amount }),
        // A request of a slow server at 100× the corpus may take seconds under load.
        timeout: 60,
        ...('body' in load ? { body: load.body } : { requests: load.requests() }),
      },
      (error, result) => {
        if (error) return reject(error);
        const { errors, timeouts, non2xx } = result;
        if (errors || timeouts || non2xx)
          return reject(
            new Error(
              `${operation} at ${url}: ${errors} errors, ${timeouts} timeouts, ${non2xx} non-2xx`,
            ),
          );
        resolve({ responses: latencies.length, seconds: result.duration, latencies });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
