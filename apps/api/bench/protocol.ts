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
      /** Requests received, and those not answered yet. */
      served: number;
      active: number;
    };
