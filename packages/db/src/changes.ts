import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The channel the `attest_notify_change` triggers notify (migration `knowledge_changes`). */
export const CHANGES_CHANNEL = 'attest_changes';

/**
 * What a change listener hears. `table`: a statement wrote to that table (the knowledge base,
 * collections or question sets), through any node, the seed loader or raw SQL. `table: null`:
 * anything may have changed, because notifications stopped (`listening: false`, e.g. the database
 * went away) or started again after a gap in which some may have been missed (`listening: true`).
 * While not listening, nothing that depends on hearing of changes (a cache) may be kept.
 * `collectionIds`: the collections whose rows the statement wrote (migration change_collections);
 * absent when the trigger could not tell, which means any collection may have changed.
 * `keys` (sources, actors, claims and their child rows only): the ids of the sources, actors or
 * claims whose rows the statement wrote, directly or through a child row (migration
 * change_keys); absent when the trigger could not tell, which means any of them may have changed.
 */
export type DatabaseChange = TableChange | { table: null; listening: boolean };

export interface TableChange {
  table: string;
  collectionIds?: string[];
  keys?: string[];
}

export type ChangeListener = (change: DatabaseChange) => void;

/**
 * Subscribes to changes; returns the unsubscribe function. The listener is called at once with
 * `{ table: null, listening }`, the current state.
 */
export type OnChange = (listener: ChangeListener) => () => void;

/**
 * A notification's payload: "<table>", "<table>:<collection id>,<collection id>…", or that
 * followed by "|<key>,<key>…" (the trigger leaves out any id holding "," or "|").
 */
export function parseChange(payload: string): TableChange {
  const colon = payload.indexOf(':');
  if (colon < 0) return { table: payload };
  const table = payload.slice(0, colon);
  const [collections = '', keys] = payload.slice(colon + 1).split('|');
  const collectionIds = idList(collections);
  if (collectionIds.length === 0) return { table };
  return keys === undefined
    ? { table, collectionIds }
    : { table, collectionIds, keys: idList(keys) };
}

const idList = (text: string) => text.split(',').filter((id) => id !== '');

/** Listeners and the current state, shared by both kinds of database. */
function changeHub(onFirstListener: () => void = () => {}) {
  const listeners = new Set<ChangeListener>();
  let listening = false;
  let started = false;
  const emit = (change: DatabaseChange) => {
    for (const listener of listeners) listener(change);
  };
  return {
    onChange: ((listener) => {
      listeners.add(listener);
      listener({ table: null, listening });
      if (!started) {
        started = true;
        onFirstListener();
      }
      return () => listeners.delete(listener);
    }) satisfies OnChange,
    changed: (payload: string) => emit(parseChange(payload)),
    setListening(value: boolean) {
      if (value === listening) return;
      listening = value;
      emit({ table: null, listening });
    },
  };
}

/** PGlite runs in this process: its own NOTIFY reaches its LISTEN, and nothing can be missed. */
export async function pgliteChanges(pglite: PGlite): Promise<{ onChange: OnChange }> {
  const hub = changeHub();
  await pglite.listen(CHANGES_CHANNEL, (payload) => hub.changed(payload));
  hub.setListening(true);
  return { onChange: hub.onChange };
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 5000;

/**
 * PostgreSQL: one dedicated connection (not the pool's: LISTEN belongs to a session), opened when
 * the first listener subscribes. When it is lost (an outage, a restart) it reconnects with
 * growing pauses, silently: a database outage is reported by the requests that meet it.
 */
export function postgresChanges(url: string): { onChange: OnChange; close(): Promise<void> } {
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | undefined;

  const retry = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void start();
    }, retryMs);
    timer.unref();
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
  };

  async function start() {
    if (closed) return;
    const current = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    client = current;
    const lost = () => {
      if (client !== current) return;
      client = null;
      hub.setListening(false);
      current.end().catch(() => {});
      retry();
    };
    // Kept for the client's whole life: an 'error' event without a handler would crash.
    current.on('error', lost);
    current.on('end', lost);
    current.on('notification', ({ channel, payload }) => {
      if (channel === CHANGES_CHANNEL) hub.changed(payload ?? '');
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch {
      lost();
      return;
    }
    if (client !== current) return;
    retryMs = FIRST_RETRY_MS;
    hub.setListening(true);
  }

  const hub = changeHub(() => void start());
  return {
    onChange: hub.onChange,
    async close() {
      closed = true;
      clearTimeout(timer);
      const last = client;
      client = null;
      hub.setListening(false);
      await last?.end().catch(() => {});
    },
  };
}
