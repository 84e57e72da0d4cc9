export type { Context } from './context.ts';
export { exposeValidationError, isSchemaFault } from './errors.ts';
export { warmQuiz } from './quiz/knowledge-cache.ts';
export { schema } from './schema/index.ts';
