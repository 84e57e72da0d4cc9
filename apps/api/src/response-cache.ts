import { createHash } from 'node:crypto';
import type { Database, DatabaseChange } from '@attest/db';
import {
  type Cache,
  createInMemoryCache,
  useResponseCache,
} from '@graphql-yoga/plugin-response-cache';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Distinct anonymous operations kept (least recently used dropped first). */
const MAX_ENTRIES = 1000;

/**
 * Only requests with no credentials of any kind are cached: no cookie, no Authorization header.
 * Everything a signed-in viewer sees is computed for them and never stored, so no one's data can
 * be served to anyone else.
 */
export const isAnonymous = (request: Request) =>
  !request.headers.has('cookie') && !request.headers.has('authorization');

/**
 * Fields whose answers do not follow the knowledge base (a learner's attempt moves with every
 * answer and is not part of the change notifications; the viewer's own lists): never cached.
 */
const uncached = {
  'Query.attempt': 0,
  'Query.viewer': 0,
  'Query.myAttempts': 0,
  'Query.myQuestionSets': 0,
};

/**
 * A cache of whole anonymous responses, kept only while the database's change notifications are
 * heard, and dropped whole on every change: every node hears every change (see Database.onChange),
 * so a write through any node, the seed loader or raw SQL reaches every node's cache. Keys carry a
 * generation, bumped on every drop, so a response computed before a change and stored after it
 * lands under a key nobody asks for. Mutations through this node drop it too as soon as they are
 * done, so their writer reads them back at once even before the notification arrives.
 * Errors are never cached (the plugin's default); mutations never are.
 */
export function useAnonymousResponseCache(db: Pick<Database, 'onChange'>): Plugin {
  let generation = 0;
  let listening = false;
  let entries = createInMemoryCache({ max: MAX_ENTRIES });
  const drop = () => {
    generation++;
    entries = createInMemoryCache({ max: MAX_ENTRIES });
  };
  db.onChange((change: DatabaseChange) => {
    if (change.table === null) listening = change.listening;
    drop();
  });

  const cache: Cache = {
    get: (key) => entries.get(key),
    set: (key, value, entities, ttl) => {
      if (listening && key.startsWith(`${generation}:`))
        return entries.set(key, value, entities, ttl);
    },
    invalidate: (entities) => entries.invalidate(entities),
  };

  const responseCache = useResponseCache({
    cache,
    enabled: isAnonymous,
    session: () => null,
    buildResponseCacheKey: ({ documentString, variableValues, operationName }) =>
      `${generation}:${createHash('sha256')
        .update(JSON.stringify([documentString, variableValues ?? {}, operationName ?? null]))
        .digest('base64url')}`,
    ttlPerSchemaCoordinate: uncached,
    // Left on (the default): it is what keeps the plugin from caching an anonymous mutation's
    // answer as it would a query's.
    invalidateViaMutation: true,
  });

  return {
    onPluginInit({ addPlugin }) {
      addPlugin(responseCache);
    },
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      return { onExecuteDone: drop };
    },
  };
}
