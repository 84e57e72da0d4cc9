export { type ClaimPageRead, compiledClaimPage } from './claims/compiled-page.ts';
export {
  collectionsMayHaveChanged,
  watchCollections,
} from './collections/readable-cache.ts';
export { type Context, type Quotas, unlimited } from './context.ts';
export { exposeValidationError, isSchemaFault } from './errors.ts';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, tooLargePage } from './page-size.ts';
export {
  knowledgeMayHaveChanged,
  warmQuiz,
  warmSearch,
  watchKnowledge,
} from './quiz/knowledge-cache.ts';
export { schema } from './schema/index.ts';
