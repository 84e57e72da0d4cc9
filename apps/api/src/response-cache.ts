import { createHash } from 'node:crypto';
import type { Database, DatabaseChange } from '@attest/db';
import {
  type DocumentNode,
  type ExecutionResult,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { boundedTexts } from './bounded-texts.ts';
import { onlyLearnerMutations } from './learner-mutations.ts';
import { serializedResult } from './serialized-result.ts';

/** Distinct anonymous operations kept (least recently used dropped first)… */
const MAX_ENTRIES = 1000;
/**
 * …and the characters of their answers in all (about as many bytes: answers are mostly ASCII).
 * 32 Mi: a thousand cold 50-claim pages of the corpus (~23 KB each) fit.
 */
const MAX_CHARS = 32 * 2 ** 20;

/**
 * Only requests with no credentials of any kind are cached: no cookie, no Authorization header.
 * Everything a signed-in viewer sees is computed for them and never stored, so no one's data can
 * be served to anyone else.
 */
export const isAnonymous = (request: Request) =>
  !request.headers.has('cookie') && !request.headers.has('authorization');

/**
 * Root fields whose answers do not follow the knowledge base (a learner's attempt moves with
 * every answer and is not part of the change notifications; the viewer's own lists), and
 * introspection: an operation reading any of them is never cached.
 */
const UNCACHED = new Set([
  'attempt',
  'viewer',
  'myAttempts',
  'myQuestionSets',
  '__schema',
  '__type',
]);

/** The operation reads an uncached root field (directly or through fragments). */
function readsUncached(
  document: DocumentNode,
  selections: SelectionSetNode,
  seen = new Set<string>(),
): boolean {
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) {
      if (UNCACHED.has(selection.name.value)) return true;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (readsUncached(document, selection.selectionSet, seen)) return true;
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (
        fragment?.kind === Kind.FRAGMENT_DEFINITION &&
        readsUncached(document, fragment.selectionSet, seen)
      )
        return true;
    }
  }
  return false;
}

interface Params {
  query?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** The request's key: its document text, variables and operation name, hashed. */
const keyOf = ({ query, variables, operationName }: Params) =>
  createHash('sha256')
    .update(JSON.stringify([query, variables ?? {}, operationName ?? null]))
    .digest('base64url');

/** Keys remembered as asked once, per answer kept: a few times as many as the answers. */
const SEEN_PER_ENTRY = 4;

/** How much the response cache keeps: answers, and their characters in all. */
export interface ResponseCacheBounds {
  maxEntries?: number;
  maxChars?: number;
}

/**
 * A cache of whole anonymous query responses, kept only while the database's change
 * notifications are heard, and dropped whole on every change: every node hears every change (see
 * Database.onChange), so a write through any node, the seed loader or raw SQL reaches every
 * node's cache. A response computed before a change is not stored after it (a generation,
 * bumped on every drop, is checked). Mutations through this node (but a learner's, which only
 * write attempts) drop it too as soon as they are done, so their writer reads them back at once even before the notification arrives. Errors are
 * never cached; mutations never are.
 *
 * Whole-cache drops need no per-entity bookkeeping, so this is a plain map from the request's
 * document text, variables and operation name to its answer's JSON text: a miss costs a hash,
 * and serialising the answer here rather than in Yoga; nothing walks or rewrites the document. A hit is answered as soon as the
 * request's parameters are read, before parsing, validation, the context (no session lookup) and
 * execution: it costs no budget points (see graphql-budget.ts). Only answers to requests that
 * passed every check are stored, so a hit is an identical request's answer.
 *
 * An answer is kept on its request's second miss, not its first (the "doorkeeper" of caches
 * such as TinyLFU): most anonymous reads that miss are never asked again (a search typed once, a
 * page with a variable of its own), and keeping each of them cost a serialised copy, later
 * collected, and pushed out answers that are asked again and again. The keys asked once are
 * remembered, bounded, through changes, so a read that was popular before a change is kept at
 * its first miss after it.
 */
export function useAnonymousResponseCache(
  db: Pick<Database, 'onChange'>,
  { maxEntries = MAX_ENTRIES, maxChars = MAX_CHARS }: ResponseCacheBounds = {},
): Plugin {
  let generation = 0;
  let listening = false;
  // Answers as the JSON text they are sent as: a hit is written out without serialising, and a
  // text is a fraction of the memory of the result's objects (and measurable, for the bound).
  const entries = boundedTexts(maxEntries, maxChars);
  const askedOnce = new LRUCache<string, true>({ max: maxEntries * SEEN_PER_ENTRY });
  const drop = () => {
    generation++;
    entries.clear();
  };
  db.onChange((change: DatabaseChange) => {
    if (change.table === null) listening = change.listening;
    drop();
  });

  // The key computed from a request's parameters, for storing its answer after execution.
  const keys = new WeakMap<Request, string>();

  return {
    onParams({ params, request, setResult }) {
      if (!isAnonymous(request) || typeof params.query !== 'string') return;
      const key = keyOf(params as Params);
      keys.set(request, key);
      const cached = entries.get(key);
      if (cached !== undefined) setResult(serializedResult(cached));
    },
    onExecute({ args }) {
      const operation: OperationDefinitionNode | null | undefined = getOperationAST(
        args.document,
        args.operationName,
      );
      if (operation?.operation === 'mutation')
        return onlyLearnerMutations(operation) ? undefined : { onExecuteDone: drop };
      const { request } = args.contextValue as unknown as { request: Request };
      const key = keys.get(request);
      if (
        key === undefined ||
        operation?.operation !== 'query' ||
        readsUncached(args.document, operation.selectionSet)
      )
        return;
      const before = generation;
      return {
        onExecuteDone({ result, setResult }) {
          if (!listening || generation !== before || !('data' in result)) return;
          const answer = result as ExecutionResult & {
            stringify?: (value: ExecutionResult) => string;
          };
          // Without errors, an answer has its data (a null root is always an error); not read
          // here, so that a compiled page's JSON is not parsed for nothing (compiled-reads.ts).
          // One with extensions is left as it is: Yoga strips some of them as it writes.
          if (answer.errors?.length || answer.extensions) return;
          if (!askedOnce.has(key)) {
            askedOnce.set(key, true);
            return;
          }
          // Serialised once, here instead of by Yoga (which writes this text as it is).
          const text = answer.stringify ? answer.stringify(answer) : JSON.stringify(answer);
          entries.set(key, text);
          setResult(serializedResult(text));
        },
      };
    },
  };
}
