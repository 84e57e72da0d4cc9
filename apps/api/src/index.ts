export { type Api, type ApiOptions, createApi, limits } from './yoga.ts';
