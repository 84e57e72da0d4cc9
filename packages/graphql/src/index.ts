export { DEFAULT_PAGE_SIZE } from './builder.ts';
export { type Context, type Quotas, unlimited } from './context.ts';
export { exposeValidationError, isSchemaFault } from './errors.ts';
export { knowledgeMayHaveChanged, warmQuiz, watchKnowledge } from './quiz/knowledge-cache.ts';
export { schema } from './schema/index.ts';
