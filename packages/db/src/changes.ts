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
 * Resolves true once every change committed before the call has been heard by this process's
 * listeners; false when that cannot be told (not listening, or no answer within HEARD_WAIT_MS).
 * How: it notifies a marker of its own and waits for it to come back. PostgreSQL delivers a
 * channel's notifications in the order their transactions committed, so the marker comes after
 * every change committed before it. The marker reaches no listener (nor any other node's).
 */
export type HeardUpToNow = () => Promise<boolean>;

/** How long HeardUpToNow waits for its marker before answering false. */
const HEARD_WAIT_MS = 1000;
/** What starts a marker's payload: no table's name starts so. */
const MARKER = '~heard:';

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

/**
 * Listeners and the current state, shared by both kinds of database. `notify` sends a payload on
 * the channel, for markers (HeardUpToNow).
 */
function changeHub(
  notify: (payload: string) => Promise<unknown>,
  onFirstListener: () => void = () => {},
) {
  const listeners = new Set<ChangeListener>();
  let listening = false;
  let started = false;
  // Markers sent and not yet heard back, by payload.
  const markers = new Map<string, () => void>();
  let nextMarker = 0;
  const emit = (change: DatabaseChange) => {
    for (const listener of listeners) listener(change);
  };
  const heardUpToNow: HeardUpToNow = async () => {
    if (!listening) return false;
    const payload = `${MARKER}${process.pid}.${nextMarker++}.${Math.random().toString(36).slice(2)}`;
    let timer: NodeJS.Timeout | undefined;
    const heard = new Promise<boolean>((resolve) => {
      markers.set(payload, () => resolve(true));
      timer = setTimeout(() => resolve(false), HEARD_WAIT_MS);
      timer.unref();
    });
    try {
      await notify(payload);
      return await heard;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      markers.delete(payload);
    }
  };
  return {
    heardUpToNow,
    onChange: ((listener) => {
      listeners.add(listener);
      listener({ table: null, listening });
      if (!started) {
        started = true;
        onFirstListener();
      }
      return () => listeners.delete(listener);
    }) satisfies OnChange,
    changed(payload: string) {
      // A marker: this process's comes back to its waiter; another node's is nothing here.
      if (payload.startsWith(MARKER)) markers.get(payload)?.();
      else emit(parseChange(payload));
    },
    setListening(value: boolean) {
      if (value === listening) return;
      listening = value;
      emit({ table: null, listening });
    },
  };
}

/** PGlite runs in this process: its own NOTIFY reaches its LISTEN, and nothing can be missed. */
export async function pgliteChanges(
  pglite: PGlite,
): Promise<{ onChange: OnChange; heardUpToNow: HeardUpToNow }> {
  const hub = changeHub((payload) =>
    pglite.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, payload]),
  );
  await pglite.listen(CHANGES_CHANNEL, (payload) => hub.changed(payload));
  hub.setListening(true);
  return { onChange: hub.onChange, heardUpToNow: hub.heardUpToNow };
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 5000;

/**
 * PostgreSQL: one dedicated connection (not the pool's: LISTEN belongs to a session), opened when
 * the first listener subscribes. When it is lost (an outage, a restart) it reconnects with
 * growing pauses, silently: a database outage is reported by the requests that meet it.
 */
export function postgresChanges(url: string): {
  onChange: OnChange;
  heardUpToNow: HeardUpToNow;
  close(): Promise<void>;
} {
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

  // A marker is sent on the listening connection itself: no pooled connection is taken.
  const hub = changeHub(
    async (payload) => {
      if (!client) throw new Error('not listening');
      await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, payload]);
    },
    () => void start(),
  );
  return {
    onChange: hub.onChange,
    heardUpToNow: hub.heardUpToNow,
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
