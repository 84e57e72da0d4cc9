export { IN_PROCESS_CLIENT, type PeerContext } from './client-address.ts';
export { defaultRateLimits, type RateLimits, type Window } from './rate-limits.ts';
export { type Api, type ApiOptions, createApi, limits } from './yoga.ts';
