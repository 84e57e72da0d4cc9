export type { Context } from './context.ts';
export { exposeValidationError } from './errors.ts';
export { schema } from './schema/index.ts';
