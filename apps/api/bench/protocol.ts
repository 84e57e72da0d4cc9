/** What the bench's server processes are, and the messages they exchange with the parent. */
export type Role =
  | {
      name: 'attest-pglite' | 'attest-postgres';
      kind: 'pglite' | 'postgres';
      url: string;
      size: number;
    }
  | { name: 'postgraphile'; url: string }
  | { name: 'ceilings' };

export type FromParent =
  | { type: 'usage'; id: number }
  /** Write a heap snapshot named after `label` if ATTEST_BENCH_HEAP_SNAPSHOTS names a folder. */
  | { type: 'snapshot'; id: number; label: string }
  /** Operation name → response text, for the ceilings to answer with. */
  | { type: 'store'; id: number; responses: Record<string, string> };

export type ToParent =
  | { type: 'ready'; urls: Record<string, string> }
  | {
      type: 'usage';
      id: number;
      /** process.cpuUsage(), user + system, microseconds. */
      cpuMicros: number;
      /** SQL statements Prisma sent (Attest only). */
      statements: number;
      rss: number;
      /** process.memoryUsage(): V8's heap (used, total), and memory outside it, bytes. */
      heapUsed: number;
      heapTotal: number;
      external: number;
      arrayBuffers: number;
      /** Requests received, and those not answered yet. */
      served: number;
      active: number;
    };
