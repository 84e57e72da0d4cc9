import { AsyncLocalStorage } from 'node:async_hooks';

/** The request being served, so that every line logged for it carries its id. */
export const requestScope = new AsyncLocalStorage<{ id: string }>();

/** The id of the request being served, if any. */
export const currentRequestId = () => requestScope.getStore()?.id;
